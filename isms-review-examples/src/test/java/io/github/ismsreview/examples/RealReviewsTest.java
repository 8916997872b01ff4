package io.github.ismsreview.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.validation.Finding;
import io.github.ismsreview.validation.ReviewValidator;
import io.github.ismsreview.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins what the validator finds in the bundled reviews: three real records and one illustrative
 * 2005 review. A change of a rule that changes these findings shows up here, and the pinned
 * file in {@code src/test/resources/pinned-findings} is then updated on purpose.
 */
class RealReviewsTest {

    static final ReviewValidator VALIDATOR = ReviewValidator.builder()
            .clock(Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC))
            .build();

    @ParameterizedTest
    @ValueSource(strings = {
        "twyn-2026-06-02", "twyn-2026-06-09", "cyzilla-2025-03-31", "example-2005"
    })
    void bundledReview_hasItsPinnedFindings(String name) throws IOException {
        ReviewCycle review = read(name);

        String actual = render(VALIDATOR.validate(review));
        String pinned = Files.readString(
                Path.of("src/test/resources/pinned-findings/" + name + ".txt"),
                StandardCharsets.UTF_8);

        assertThat(actual).isEqualTo(pinned);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "twyn-2026-06-02", "twyn-2026-06-09", "cyzilla-2025-03-31", "example-2005"
    })
    void bundledReview_survivesAJsonRoundTrip(String name) throws IOException {
        ReviewJson json = ReviewJson.create();
        ReviewCycle review = read(name);

        assertThat(json.read(json.write(review))).isEqualTo(review);
    }

    static ReviewCycle read(String name) throws IOException {
        try (InputStream in = RealReviewsTest.class.getResourceAsStream(
                "/reviews/" + name + ".json")) {
            return ReviewJson.create().read(Objects.requireNonNull(in, name));
        }
    }

    /** Renders one finding a line: severity, rule id, path; the form of the pinned files. */
    static String render(ValidationReport report) {
        return report.findings().stream()
                .map(RealReviewsTest::line)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String line(Finding finding) {
        return finding.severity() + " " + finding.ruleId() + " " + finding.path();
    }
}
