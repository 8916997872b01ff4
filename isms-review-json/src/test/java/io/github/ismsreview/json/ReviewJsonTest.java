package io.github.ismsreview.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.model.Action;
import io.github.ismsreview.model.ActionStatus;
import io.github.ismsreview.model.Attendance;
import io.github.ismsreview.model.ChangeAssessment;
import io.github.ismsreview.model.ChangeDriver;
import io.github.ismsreview.model.Decision;
import io.github.ismsreview.model.Effort;
import io.github.ismsreview.model.EffortUnit;
import io.github.ismsreview.model.Evidence;
import io.github.ismsreview.model.InputEntry;
import io.github.ismsreview.model.InputStatus;
import io.github.ismsreview.model.Money;
import io.github.ismsreview.model.Participant;
import io.github.ismsreview.model.ParticipantRole;
import io.github.ismsreview.model.PreviousReview;
import io.github.ismsreview.model.Protocol;
import io.github.ismsreview.model.Recommendation;
import io.github.ismsreview.model.RecommendationKind;
import io.github.ismsreview.model.Resources;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import io.github.ismsreview.model.Signature;
import io.github.ismsreview.testing.SampleReviews;
import io.github.ismsreview.validation.Finding;
import io.github.ismsreview.validation.Severity;
import io.github.ismsreview.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewJsonTest {

    private static final String MINIMAL = """
            {
              "formatVersion": 1,
              "id": "MR-2026",
              "edition": "iso-iec-27001-2005",
              "stage": "planned"
            }""";

    private final ReviewJson json = ReviewJson.create();

    @TempDir
    Path directory;

    @Test
    void write_minimalReview_writesVersionIdEditionAndStage() {
        ReviewCycle review = ReviewCycle.builder()
                .id("MR-2026")
                .edition(Edition.ISO_IEC_27001_2005)
                .build();

        assertThat(json.write(review)).isEqualTo(MINIMAL);
    }

    @Test
    void write_fullReview_followsTheOrderOfTheFormatReference() {
        assertThat(json.write(full2022())).isEqualTo("""
                {
                  "formatVersion": 1,
                  "id": "MR-2026",
                  "edition": "iso-iec-27001-2022",
                  "stage": "closed",
                  "organization": "Beispiel GmbH",
                  "ismsScope": "Alle Standorte",
                  "description": "Encoded from the signed minutes",
                  "plannedOn": "2024-02-29",
                  "heldOn": "2024-03-01",
                  "previousReview": {
                    "id": "MR-2023",
                    "heldOn": "2023-12-31"
                  },
                  "firstReview": true,
                  "inputs": [
                    {
                      "category": "audit-result-trends",
                      "status": "addressed",
                      "summary": "7 major, 5 minor",
                      "evidence": [
                        {
                          "title": "Internal audit report IA-001",
                          "reference": "DMS-17"
                        },
                        {
                          "title": "External audit"
                        }
                      ],
                      "preparedBy": "ISMS Manager"
                    },
                    {
                      "category": "interested-party-feedback",
                      "status": "nothing-to-report",
                      "reason": "No complaints"
                    }
                  ],
                  "recommendations": [
                    {
                      "kind": "resources",
                      "description": "Hire an analyst",
                      "resources": {
                        "effort": {
                          "quantity": "1.0",
                          "unit": "full-time-equivalents"
                        },
                        "note": "from Q3"
                      }
                    }
                  ],
                  "assessment": {
                    "suitability": "Suitable",
                    "ismsChanges": "None"
                  },
                  "decisions": [
                    {
                      "id": "D-1",
                      "category": "isms-changes",
                      "classification": "procedure-control-changes",
                      "description": "Enforce MFA",
                      "drivers": [
                        "security-requirements",
                        "risk-levels-or-acceptance-criteria"
                      ],
                      "resources": {
                        "budget": {
                          "amount": "1250.5",
                          "currency": "EUR"
                        }
                      },
                      "actions": [
                        {
                          "id": "A-1",
                          "description": "Turn on MFA",
                          "owner": "DevOps Lead",
                          "dueOn": "2024-12-31",
                          "status": "in-progress",
                          "completedOn": "2025-01-01"
                        },
                        {
                          "status": "open"
                        }
                      ]
                    }
                  ],
                  "protocol": {
                    "meetingOn": "2024-03-01",
                    "participants": [
                      {
                        "name": "Dr. Jürgen Groß",
                        "roles": [
                          "top-management",
                          "information-security-officer"
                        ],
                        "title": "Geschäftsführer",
                        "attendance": "present"
                      },
                      {
                        "name": "Guest",
                        "roles": [],
                        "attendance": "excused"
                      }
                    ],
                    "agreedItems": [
                      "MFA by April"
                    ],
                    "signature": {
                      "signedBy": "Dr. Jürgen Groß",
                      "role": "top-management",
                      "signedOn": "2024-03-01",
                      "signedAt": "2024-03-01T09:27:00-03:00"
                    }
                  },
                  "nextReviewOn": "2025-03-01"
                }""");
    }

    @Test
    void write_amountWithTrailingZeros_writesThemOff() {
        ReviewCycle review = withBudget(Money.of("150.00", "USD"));

        assertThat(json.write(review)).contains("\"amount\": \"150\"");
    }

    @Test
    void read_amountWithTrailingZeros_equalsTheAmountWithout() {
        ReviewCycle read = json.read("""
                {"formatVersion": 1, "id": "MR-2026", "edition": "iso-iec-27001-2005",
                 "decisions": [{"resources": {"budget": {"amount": "150.00", "currency": "USD"}}}]}
                """);

        assertThat(read).isEqualTo(withBudget(Money.of("150", "USD")));
        assertThat(json.write(read)).contains("\"amount\": \"150\"");
    }

    @Test
    void write_signatureMoment_keepsItsOffsetAndSeconds() {
        OffsetDateTime moment = OffsetDateTime.of(2026, 6, 9, 9, 27, 0, 0, ZoneOffset.ofHours(-3));
        ReviewCycle review = withSignatureAt(moment);

        String written = json.write(review);

        assertThat(written).contains("\"signedAt\": \"2026-06-09T09:27:00-03:00\"");
        assertThat(json.read(written)).isEqualTo(review);
    }

    @Test
    void read_signatureMomentInUtcAndWithFraction_keepsItAsGiven() {
        OffsetDateTime moment = OffsetDateTime.of(2024, 2, 29, 23, 59, 59, 120_000_000,
                ZoneOffset.UTC);

        String written = json.write(withSignatureAt(moment));

        assertThat(written).contains("\"signedAt\": \"2024-02-29T23:59:59.12Z\"");
        assertThat(json.read(written)).isEqualTo(withSignatureAt(moment));
    }

    @Test
    void read_writtenReview_equalsTheOriginalForBothEditions() {
        for (ReviewCycle review : List.of(SampleReviews.complete2005(),
                SampleReviews.complete2022(), full2022(), ReviewCycle.builder()
                        .from(full2022())
                        .edition(Edition.ISO_IEC_27001_2005)
                        .build())) {
            assertThat(json.read(json.write(review))).isEqualTo(review);
        }
    }

    @Test
    void read_minimalDocument_appliesTheDefaults() {
        ReviewCycle review = json.read(
                "{\"formatVersion\": 1, \"id\": \"MR\", \"edition\": \"iso-iec-27001-2022\"}");

        assertThat(review.stage()).isEqualTo(ReviewStage.PLANNED);
        assertThat(review.firstReview()).isFalse();
        assertThat(review.inputs()).isEmpty();
        assertThat(review.protocol()).isEmpty();
    }

    @Test
    void read_propertiesInAnyOrderAndEmptyLists_readTheSameReview() {
        ReviewCycle review = json.read("""
                {"inputs": [], "edition": "iso-iec-27001-2005", "decisions": [],
                 "stage": "planned", "id": "MR-2026", "firstReview": false, "formatVersion": 1}
                """);

        assertThat(review).isEqualTo(json.read(MINIMAL));
    }

    @Test
    void read_actionAndParticipantWithoutDefaults_getOpenAndPresent() {
        ReviewCycle review = json.read("""
                {"formatVersion": 1, "id": "MR", "edition": "iso-iec-27001-2022",
                 "decisions": [{"actions": [{}]}],
                 "protocol": {"participants": [{"name": "A", "roles": ["other"]}]}}
                """);

        assertThat(review.decisions().get(0).actions().get(0).status())
                .isEqualTo(ActionStatus.OPEN);
        assertThat(review.protocol().orElseThrow().participants().get(0).attendance())
                .isEqualTo(Attendance.PRESENT);
    }

    @Test
    void read_byteOrderMarkAndUtf16_areDetected() throws IOException {
        byte[] withBom = ("\ufeff" + MINIMAL).getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = MINIMAL.getBytes(StandardCharsets.UTF_16BE);

        assertThat(json.read(new ByteArrayInputStream(withBom))).isEqualTo(json.read(MINIMAL));
        assertThat(json.read(new ByteArrayInputStream(utf16))).isEqualTo(json.read(MINIMAL));
    }

    @Test
    void write_toStream_writesUtf8WithAFinalLineBreakAndLeavesTheStreamOpen()
            throws IOException {
        ReviewCycle review = full2022();
        ClosingAwareStream out = new ClosingAwareStream();

        json.write(review, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(json.write(review) + "\n");
        assertThat(out.closed).isFalse();
        assertThat(json.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(review);
    }

    @Test
    void write_loneSurrogateToStream_isEscapedAndReadBack() throws IOException {
        ReviewCycle review = ReviewCycle.builder()
                .id("MR-\ud800")
                .edition(Edition.ISO_IEC_27001_2022)
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        json.write(review, out);

        assertThat(json.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(review);
    }

    @Test
    void write_toFile_writesTheDocumentAndNothingElse() throws IOException {
        Path file = directory.resolve("mr-2026.json");

        json.write(full2022(), file);

        assertThat(Files.readString(file)).isEqualTo(json.write(full2022()) + "\n");
        assertThat(json.read(file)).isEqualTo(full2022());
        assertThat(filesIn(directory)).containsExactly(file);
    }

    @Test
    void write_toExistingFile_replacesIt() throws IOException {
        Path file = directory.resolve("mr-2026.json");
        Files.writeString(file, "old content that is longer than the new document ".repeat(100));

        json.write(SampleReviews.complete2005(), file);

        assertThat(json.read(file)).isEqualTo(SampleReviews.complete2005());
        assertThat(filesIn(directory)).containsExactly(file);
    }

    @Test
    void write_toFileFailingHalfway_leavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = directory.resolve("mr-2026.json");
        Files.writeString(file, "previous version");
        ReviewCycle failing = failingOnProtocol(full2022());

        assertThatThrownBy(() -> json.write(failing, file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("storage of the protocol failed");

        assertThat(Files.readString(file)).isEqualTo("previous version");
        assertThat(filesIn(directory)).containsExactly(file);
    }

    @Test
    void write_toNewFileFailingHalfway_createsNoFileAtAll() throws IOException {
        Path file = directory.resolve("mr-2026.json");

        assertThatThrownBy(() -> json.write(failingOnProtocol(full2022()), file))
                .isInstanceOf(IllegalStateException.class);

        assertThat(filesIn(directory)).isEmpty();
    }

    @Test
    void write_toMissingDirectory_throwsIOExceptionAndCreatesNothing() throws IOException {
        Path file = directory.resolve("missing").resolve("mr-2026.json");

        assertThatThrownBy(() -> json.write(full2022(), file)).isInstanceOf(IOException.class);

        assertThat(filesIn(directory)).isEmpty();
    }

    @Test
    void write_overADirectory_throwsIOExceptionAndDeletesTheTemporaryFile() throws IOException {
        Path target = Files.createDirectory(directory.resolve("taken"));
        Files.writeString(target.resolve("inside.txt"), "x");

        assertThatThrownBy(() -> json.write(full2022(), target)).isInstanceOf(IOException.class);

        assertThat(filesIn(directory)).containsExactly(target);
    }

    @Test
    void read_missingFile_throwsIOException() {
        assertThatThrownBy(() -> json.read(directory.resolve("absent.json")))
                .isInstanceOf(IOException.class);
    }

    @Test
    void writeReport_writesCountsAndFindingsWithValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("stage", "closed");
        values.put("heldOn", "2026-03-12");
        ValidationReport report = ValidationReport.of("MR-2026", List.of(
                Finding.of("protocol.unsigned", Severity.ERROR, "protocol.signature",
                        "the protocol of a closed review is not signed",
                        "ISO/IEC 27001:2022 9.3.3", values),
                Finding.of("input.missing", Severity.WARNING, "inputs",
                        "no entry for \"changes-in-issues\"", "ISO/IEC 27001:2022 9.3.2",
                        Map.of())));

        assertThat(json.writeReport(report)).isEqualTo("""
                {
                  "reviewId": "MR-2026",
                  "errors": 1,
                  "warnings": 1,
                  "findings": [
                    {
                      "ruleId": "protocol.unsigned",
                      "severity": "error",
                      "path": "protocol.signature",
                      "message": "the protocol of a closed review is not signed",
                      "clause": "ISO/IEC 27001:2022 9.3.3",
                      "values": {
                        "stage": "closed",
                        "heldOn": "2026-03-12"
                      }
                    },
                    {
                      "ruleId": "input.missing",
                      "severity": "warning",
                      "path": "inputs",
                      "message": "no entry for \\"changes-in-issues\\"",
                      "clause": "ISO/IEC 27001:2022 9.3.2",
                      "values": {}
                    }
                  ]
                }""");
    }

    @Test
    void writeReport_cleanReport_hasNoFindings() {
        assertThat(json.writeReport(ValidationReport.of("MR-1", List.of())))
                .isEqualTo("{\n  \"reviewId\": \"MR-1\",\n  \"errors\": 0,\n  \"warnings\": 0,\n"
                        + "  \"findings\": []\n}");
    }

    @Test
    void create_instancesAreIndependentAndUsableFromManyThreads() throws Exception {
        ReviewCycle review = full2022();
        String expected = json.write(review);

        List<Thread> threads = Stream.generate(() -> new Thread(() -> {
            for (int i = 0; i < 50; i++) {
                assertThat(json.write(json.read(expected))).isEqualTo(expected);
            }
        })).limit(4).toList();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(ReviewJson.create().write(review)).isEqualTo(expected);
    }

    static ReviewCycle full2022() {
        String chief = "Dr. Jürgen Groß";
        return ReviewCycle.builder()
                .id("MR-2026")
                .edition(Edition.ISO_IEC_27001_2022)
                .stage(ReviewStage.CLOSED)
                .organization("Beispiel GmbH")
                .ismsScope("Alle Standorte")
                .description("Encoded from the signed minutes")
                .plannedOn(LocalDate.of(2024, 2, 29))
                .heldOn(LocalDate.of(2024, 3, 1))
                .previousReview(PreviousReview.of("MR-2023", LocalDate.of(2023, 12, 31)))
                .firstReview(true)
                .addInput(InputEntry.builder()
                        .category("audit-result-trends")
                        .status(InputStatus.ADDRESSED)
                        .summary("7 major, 5 minor")
                        .addEvidence(Evidence.of("Internal audit report IA-001", "DMS-17"))
                        .addEvidence(Evidence.of("External audit"))
                        .preparedBy("ISMS Manager")
                        .build())
                .addInput(InputEntry.nothingToReport("interested-party-feedback",
                        "No complaints"))
                .addRecommendation(Recommendation.builder()
                        .kind(RecommendationKind.RESOURCES)
                        .description("Hire an analyst")
                        .resources(Resources.builder()
                                .effort(Effort.of(new BigDecimal("1.0"),
                                        EffortUnit.FULL_TIME_EQUIVALENTS))
                                .note("from Q3")
                                .build())
                        .build())
                .assessment(ChangeAssessment.builder()
                        .suitability("Suitable")
                        .ismsChanges("None")
                        .build())
                .addDecision(Decision.builder()
                        .id("D-1")
                        .category("isms-changes")
                        .classification("procedure-control-changes")
                        .description("Enforce MFA")
                        .addDriver(ChangeDriver.RISK_LEVELS_OR_ACCEPTANCE_CRITERIA)
                        .addDriver(ChangeDriver.SECURITY_REQUIREMENTS)
                        .resources(Resources.builder()
                                .budget(Money.of("1250.50", "EUR"))
                                .build())
                        .addAction(Action.builder()
                                .id("A-1")
                                .description("Turn on MFA")
                                .owner("DevOps Lead")
                                .dueOn(LocalDate.of(2024, 12, 31))
                                .status(ActionStatus.IN_PROGRESS)
                                .completedOn(LocalDate.of(2025, 1, 1))
                                .build())
                        .addAction(Action.builder().build())
                        .build())
                .protocol(Protocol.builder()
                        .meetingOn(LocalDate.of(2024, 3, 1))
                        .addParticipant(Participant.builder()
                                .name(chief)
                                .addRole(ParticipantRole.INFORMATION_SECURITY_OFFICER)
                                .addRole(ParticipantRole.TOP_MANAGEMENT)
                                .title("Geschäftsführer")
                                .build())
                        .addParticipant(Participant.builder()
                                .name("Guest")
                                .attendance(Attendance.EXCUSED)
                                .build())
                        .addAgreedItem("MFA by April")
                        .signature(Signature.builder()
                                .signedBy(chief)
                                .role(ParticipantRole.TOP_MANAGEMENT)
                                .signedOn(LocalDate.of(2024, 3, 1))
                                .signedAt(OffsetDateTime.of(2024, 3, 1, 9, 27, 0, 0,
                                        ZoneOffset.ofHours(-3)))
                                .build())
                        .build())
                .nextReviewOn(LocalDate.of(2025, 3, 1))
                .build();
    }

    private static ReviewCycle withBudget(Money budget) {
        return ReviewCycle.builder()
                .id("MR-2026")
                .edition(Edition.ISO_IEC_27001_2005)
                .addDecision(Decision.builder()
                        .resources(Resources.builder().budget(budget).build())
                        .build())
                .build();
    }

    private static ReviewCycle withSignatureAt(OffsetDateTime moment) {
        return ReviewCycle.builder()
                .id("MR-2026")
                .edition(Edition.ISO_IEC_27001_2022)
                .protocol(Protocol.builder()
                        .signature(Signature.builder()
                                .signedBy("Chief Executive")
                                .role(ParticipantRole.TOP_MANAGEMENT)
                                .signedOn(moment.toLocalDate())
                                .signedAt(moment)
                                .build())
                        .build())
                .build();
    }

    /** Returns a review that behaves like the given one until its protocol is asked for. */
    private static ReviewCycle failingOnProtocol(ReviewCycle review) {
        return (ReviewCycle) Proxy.newProxyInstance(ReviewCycle.class.getClassLoader(),
                new Class<?>[] {ReviewCycle.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("protocol")) {
                        throw new IllegalStateException("storage of the protocol failed");
                    }
                    try {
                        return method.invoke(review, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }

    private static final class ClosingAwareStream extends ByteArrayOutputStream {

        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
