package io.github.ismsreview.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ismsreview.json.DigestCheck;
import io.github.ismsreview.json.ReviewDigest;
import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.model.ParticipantRole;
import io.github.ismsreview.model.PreviousReview;
import io.github.ismsreview.model.Protocol;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import io.github.ismsreview.model.Signature;
import io.github.ismsreview.testing.SampleReviews;
import io.github.ismsreview.validation.ReviewValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Holds the README's code samples and example document to compiled, tested code. */
class ReadmeSampleTest {

    private static final Path EXAMPLES = Path.of("src/main/java/io/github/ismsreview/examples");

    @Test
    void readmeSample_isTheBodyOfQuickStartRun() throws IOException {
        String sample = body("QuickStart.java",
                "        ReviewCycle review = ReviewCycle.builder()",
                "        return report.toText()");

        assertThat(readme()).contains("## In code\n\n```java\n" + sample + "\n```");
        assertThat(QuickStart.run()).contains("Review MR-2026", "\"formatVersion\"");
    }

    @Test
    void readmePolicySample_isTheBodyOfPolicyExampleRun() throws IOException {
        String sample = body("PolicyExample.java",
                "        ValidationPolicy policy = ValidationPolicy.builder()",
                "        return report.toText() + \"\\n\" + closing;");

        assertThat(readme()).contains("```java\n" + sample + "\n```");
        ReviewCycle complete = SampleReviews.complete2022();
        ReviewCycle heldUnsigned = ReviewCycle.builder().from(complete)
                .stage(ReviewStage.HELD)
                .ismsScope(Optional.empty())
                .protocol(Protocol.builder().from(complete.protocol().orElseThrow())
                        .signature(Optional.empty()).build())
                .build();

        assertThat(PolicyExample.run(heldUnsigned))
                .contains("acme.scope-named")
                .contains("HELD -> CLOSED: not allowed")
                .contains("the review is closed but its protocol is not signed");
    }

    @Test
    void readmeHistorySample_isTheBodyOfHistoryExampleRun() throws IOException {
        String sample = body("HistoryExample.java",
                "        ReviewHistory history = ReviewHistory.of(",
                "                + next.map(");

        assertThat(readme()).contains("```java\n" + sample + "\n```");
        ReviewCycle complete = SampleReviews.complete2022();
        ReviewValidator validator = ReviewValidator.builder()
                .clock(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC))
                .build();
        assertThat(HistoryExample.run(validator, held(complete, "MR-2024", 2024),
                held(complete, "MR-2025", 2025), held(complete, "MR-2026", 2026)))
                .startsWith("3 reviews, ")
                .contains("next review due by 2027-03-12");
    }

    private static ReviewCycle held(ReviewCycle template, String id, int year) {
        LocalDate meeting = SampleReviews.MEETING.withYear(year);
        return ReviewCycle.builder().from(template)
                .id(id)
                .plannedOn(meeting)
                .heldOn(meeting)
                .previousReview(PreviousReview.of("MR-" + (year - 1), meeting.minusYears(1)))
                .protocol(Protocol.builder().from(template.protocol().orElseThrow())
                        .meetingOn(meeting)
                        .signature(Signature.of(SampleReviews.CEO,
                                ParticipantRole.TOP_MANAGEMENT, meeting))
                        .build())
                .build();
    }

    @Test
    void readmeExampleDocument_isReadAndItsDigestMatches() throws IOException {
        String readme = readme();
        int start = readme.indexOf("```json\n", readme.indexOf("### A complete document"));
        String document = readme.substring(start + 8, readme.indexOf("\n```", start + 8));

        ReviewCycle review = ReviewJson.create().read(document);

        assertThat(ReviewDigest.verify(review).status()).isEqualTo(DigestCheck.Status.MATCHES);
        assertThat(review.inputs().get(0).actionUpdates()).hasSize(2);
    }

    private static String readme() throws IOException {
        return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    }

    private static String body(String file, String first, String last) throws IOException {
        String source = Files.readString(EXAMPLES.resolve(file), StandardCharsets.UTF_8);
        String body = source.substring(source.indexOf(first),
                source.indexOf("\n", source.indexOf(last)));
        return body.lines()
                .map(line -> line.length() >= 8 ? line.substring(8) : line)
                .collect(Collectors.joining("\n"));
    }
}
