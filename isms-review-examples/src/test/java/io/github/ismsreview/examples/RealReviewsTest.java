package io.github.ismsreview.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins what the validator finds in the bundled reviews: four real records, one of them also
 * migrated to the 2022 structure, one illustrative 2005 review and one illustrative integrated
 * review (ISO/IEC 27001:2022 with ISO 9001:2015). A change of a rule that changes these
 * findings shows up here, and the pinned file in {@code src/test/resources/pinned-findings} is
 * then updated on purpose.
 */
class RealReviewsTest {

    static final ReviewValidator VALIDATOR = ReviewValidator.builder()
            .clock(Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC))
            .build();

    @ParameterizedTest
    @ValueSource(strings = {
        "twyn-2026-06-02", "twyn-2026-06-09", "cyzilla-2025-03-31", "example-2005",
        "upm-2019-01-16", "upm-2019-01-16-iso-iec-27001-2022", "integrated-2026"
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
        "twyn-2026-06-02", "twyn-2026-06-09", "cyzilla-2025-03-31", "example-2005",
        "upm-2019-01-16", "upm-2019-01-16-iso-iec-27001-2022", "integrated-2026"
    })
    void bundledReview_survivesAJsonRoundTrip(String name) throws IOException {
        ReviewJson json = ReviewJson.create();
        ReviewCycle review = read(name);

        assertThat(json.read(json.write(review))).isEqualTo(review);
    }

    @Test
    void integratedReview_attributesEachGapToItsStandard() throws IOException {
        ValidationReport report = VALIDATOR.validate(read("integrated-2026"));

        assertThat(report.findings())
                .extracting(Finding::clause, Finding::message)
                .containsExactlyInAnyOrder(
                        tuple("ISO/IEC 27001:2022 9.3.2", "no entry for input ISO/IEC 27001:2022"
                                + " 9.3.2 f) 'risk-assessment-results' (Results of risk"
                                + " assessment and status of the risk treatment plan); address"
                                + " it or mark it as having nothing to report"),
                        tuple("ISO 9001:2015 9.3.2", "no entry for input ISO 9001:2015 9.3.2"
                                + " c) 7) 'external-provider-performance-trends' (Trends in how"
                                + " external providers perform); address it or mark it as"
                                + " having nothing to report"));
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
