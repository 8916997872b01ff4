package io.github.ismsreview.json;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps format version 1 readable: each file in {@code src/test/resources/golden/v1} was written
 * by the first release of the format and must be read as the value built here, and that value
 * must still be written as exactly the same text. The values are built in this class, not taken
 * from shared samples, so that a change elsewhere cannot move them. Never edit a golden file to
 * make this test pass; a change of the written form is a new format version.
 */
class GoldenFilesTest {

    private static final LocalDate MEETING = LocalDate.of(2026, 3, 12);
    private static final String DIGEST = "sha-256:"
            + "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private final ReviewJson json = ReviewJson.create();

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void read_goldenFile_givesTheExpectedReview(String file, ReviewCycle expected)
            throws IOException {
        assertThat(json.read(golden(file))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void write_expectedReview_givesTheGoldenTextExactly(String file, ReviewCycle expected)
            throws IOException {
        assertThat(json.write(expected) + "\n").isEqualTo(golden(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void goldenFile_isValidAgainstTheSchema(String file, ReviewCycle expected)
            throws IOException {
        assertThat(SchemaValidation.assertingFormats().errors(golden(file))).isEmpty();
    }

    static Stream<Arguments> goldenFiles() {
        return Stream.of(
                Arguments.of("minimal.json", minimal()),
                Arguments.of("full-2022.json", full2022()),
                Arguments.of("full-2005.json", full2005()),
                Arguments.of("cancelled.json", cancelled()),
                Arguments.of("signed-with-digest.json", signedWithDigest()),
                Arguments.of("integrated.json", integrated()));
    }

    /** An integrated review: ISO/IEC 27001:2022 with ISO 9001 and ISO 14001 in one meeting. */
    private static ReviewCycle integrated() {
        return ReviewCycle.builder()
                .id("IMR-2026")
                .edition(Edition.ISO_IEC_27001_2022)
                .addAlsoCovers(Edition.ISO_9001_2015, Edition.ISO_14001_2015)
                .stage(ReviewStage.INPUTS_PREPARED)
                .plannedOn(LocalDate.of(2026, 9, 15))
                .addInput(InputEntry.addressed("nonconformity-trends",
                        "Nonconformities of all three systems fell from 14 to 9"))
                .addInput(InputEntry.addressed("customer-satisfaction-trends",
                        "Survey score 4.1 of 5, up from 3.8"))
                .addInput(InputEntry.nothingToReport("significant-aspect-changes",
                        "No new site, process or product"))
                .addDecision(Decision.builder()
                        .id("D-1")
                        .category("resource-needs")
                        .description("Hire a quality engineer for the integrated system")
                        .build())
                .build();
    }

    private static ReviewCycle minimal() {
        return ReviewCycle.builder().id("MR-2026").edition(Edition.ISO_IEC_27001_2022).build();
    }

    private static ReviewCycle full2022() {
        return ReviewCycle.builder()
                .id("MR-2026")
                .edition(Edition.ISO_IEC_27001_2022)
                .stage(ReviewStage.CLOSED)
                .organization("Example Ltd")
                .ismsScope("All products and services")
                .description("Built for the golden files of format version 1")
                .plannedOn(LocalDate.of(2026, 3, 10))
                .heldOn(MEETING)
                .previousReview(PreviousReview.of("MR-2025", LocalDate.of(2025, 3, 20)))
                .addInput(InputEntry.builder()
                        .category("audit-result-trends")
                        .status(InputStatus.ADDRESSED)
                        .summary("Internal audit IA-001: 7 major and 5 minor nonconformities")
                        .addEvidence(Evidence.of("Internal audit report", "IA-001"))
                        .addEvidence(Evidence.of("Audit programme"))
                        .preparedBy("Information Security Officer")
                        .build())
                .addInput(InputEntry.nothingToReport("changes-in-issues",
                        "No external or internal issue changed"))
                .addRecommendation(Recommendation.builder()
                        .kind(RecommendationKind.RESOURCES)
                        .description("Fund an awareness platform")
                        .resources(Resources.builder()
                                .budget(Money.of("2400.50", "EUR"))
                                .effort(Effort.of(new BigDecimal("10"), EffortUnit.PERSON_DAYS))
                                .note("Licences for one year")
                                .build())
                        .build())
                .assessment(ChangeAssessment.builder()
                        .suitability("The ISMS remains suitable, adequate and effective")
                        .improvementOpportunities("Automate access reviews")
                        .ismsChanges("Scope unchanged; MFA control tightened")
                        .securityPolicy("Policy stays as approved in 2025")
                        .securityObjectives("Objectives kept; MFA target added")
                        .build())
                .addDecision(Decision.builder()
                        .id("D-1")
                        .category("isms-changes")
                        .classification("procedure-control-changes")
                        .description("Require MFA for every administrator account")
                        .addDriver(ChangeDriver.RISK_LEVELS_OR_ACCEPTANCE_CRITERIA)
                        .addDriver(ChangeDriver.SECURITY_REQUIREMENTS)
                        .addAction(Action.builder()
                                .id("A-1")
                                .description("Enforce MFA on the cloud root account")
                                .owner("Information Security Officer")
                                .dueOn(LocalDate.of(2026, 4, 12))
                                .status(ActionStatus.DONE)
                                .completedOn(LocalDate.of(2026, 4, 2))
                                .build())
                        .build())
                .addDecision(Decision.builder()
                        .id("D-2")
                        .category("improvement-opportunities")
                        .description("Fund the awareness platform")
                        .resources(Resources.builder()
                                .budget(Money.of("-3.5", "USD"))
                                .effort(Effort.of(new BigDecimal("0.25"),
                                        EffortUnit.FULL_TIME_EQUIVALENTS))
                                .build())
                        .addAction(Action.builder().description("Select a platform").build())
                        .build())
                .protocol(Protocol.builder()
                        .meetingOn(MEETING)
                        .addParticipant(Participant.of("Chief Executive",
                                ParticipantRole.TOP_MANAGEMENT))
                        .addParticipant(Participant.builder()
                                .name("Information Security Officer")
                                .addRole(ParticipantRole.INFORMATION_SECURITY_OFFICER)
                                .addRole(ParticipantRole.OTHER)
                                .title("CISO")
                                .attendance(Attendance.PRESENT)
                                .build())
                        .addParticipant(Participant.builder()
                                .name("Head of Legal")
                                .addRole(ParticipantRole.OTHER)
                                .attendance(Attendance.EXCUSED)
                                .build())
                        .addAgreedItem("MFA for administrators by April")
                        .addAgreedItem("Übersetzung der Richtlinie – \"final\"")
                        .signature(Signature.builder()
                                .signedBy("Chief Executive")
                                .role(ParticipantRole.TOP_MANAGEMENT)
                                .signedOn(MEETING)
                                .signedAt(OffsetDateTime.of(2026, 3, 12, 17, 30, 0, 0,
                                        ZoneOffset.ofHours(1)))
                                .build())
                        .build())
                .nextReviewOn(LocalDate.of(2027, 3, 11))
                .build();
    }

    private static ReviewCycle full2005() {
        ReviewCycle.Builder review = ReviewCycle.builder()
                .id("MR-2012")
                .edition(Edition.ISO_IEC_27001_2005)
                .stage(ReviewStage.HELD)
                .organization("Example GmbH")
                .plannedOn(LocalDate.of(2012, 2, 28))
                .heldOn(LocalDate.of(2012, 2, 29))
                .firstReview(true);
        String[] inputs = {
            "audit-results", "interested-party-feedback", "improvement-techniques",
            "preventive-corrective-actions", "unaddressed-vulnerabilities-threats",
            "effectiveness-measurements", "previous-review-actions", "changes-affecting-isms",
            "improvement-recommendations"
        };
        for (String input : inputs) {
            review.addInput(InputEntry.addressed(input, "Presented: " + input));
        }
        return review
                .addRecommendation(Recommendation.of(RecommendationKind.IMPROVEMENT,
                        "Measure control effectiveness quarterly"))
                .addDecision(Decision.builder()
                        .id("D-1")
                        .category("procedure-control-changes")
                        .description("Update the access control procedure")
                        .addDriver(ChangeDriver.BUSINESS_REQUIREMENTS)
                        .addDriver(ChangeDriver.REGULATORY_OR_LEGAL_REQUIREMENTS)
                        .addDriver(ChangeDriver.CONTRACTUAL_OBLIGATIONS)
                        .addAction(Action.builder()
                                .id("A-1")
                                .owner("Security Officer")
                                .dueOn(LocalDate.of(2012, 12, 31))
                                .status(ActionStatus.IN_PROGRESS)
                                .build())
                        .build())
                .addDecision(Decision.builder()
                        .id("D-2")
                        .category("resource-needs")
                        .resources(Resources.builder()
                                .budget(Money.of("15000", "JPY"))
                                .effort(Effort.of(new BigDecimal("120.5"),
                                        EffortUnit.PERSON_HOURS))
                                .build())
                        .build())
                .protocol(Protocol.builder()
                        .meetingOn(LocalDate.of(2012, 2, 29))
                        .addParticipant(Participant.of("Managing Director",
                                ParticipantRole.TOP_MANAGEMENT))
                        .addParticipant(Participant.builder()
                                .name("Security Officer")
                                .addRole(ParticipantRole.INFORMATION_SECURITY_OFFICER)
                                .attendance(Attendance.ABSENT)
                                .build())
                        .build())
                .nextReviewOn(LocalDate.of(2013, 2, 28))
                .build();
    }

    private static ReviewCycle cancelled() {
        return ReviewCycle.builder()
                .id("MR-2026-Q2")
                .edition(Edition.ISO_IEC_27001_2022)
                .stage(ReviewStage.CANCELLED)
                .cancellationReason("Merged into the group-wide review MR-2026")
                .plannedOn(LocalDate.of(2026, 6, 2))
                .build();
    }

    private static ReviewCycle signedWithDigest() {
        return ReviewCycle.builder()
                .id("MR-2026")
                .edition(Edition.ISO_IEC_27001_2022)
                .stage(ReviewStage.CLOSED)
                .heldOn(LocalDate.of(2026, 6, 9))
                .protocol(Protocol.builder()
                        .meetingOn(LocalDate.of(2026, 6, 9))
                        .addParticipant(Participant.of("Chief Executive",
                                ParticipantRole.TOP_MANAGEMENT))
                        .signature(Signature.builder()
                                .signedBy("Chief Executive")
                                .role(ParticipantRole.TOP_MANAGEMENT)
                                .signedOn(LocalDate.of(2026, 6, 9))
                                .signedAt(OffsetDateTime.of(2026, 6, 9, 9, 27, 0, 0,
                                        ZoneOffset.ofHours(-3)))
                                .contentDigest(DIGEST)
                                .build())
                        .build())
                .build();
    }

    private static String golden(String file) throws IOException {
        try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/v1/" + file)) {
            if (in == null) {
                throw new IllegalStateException("golden file " + file + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
