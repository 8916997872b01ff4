package io.github.ismsreview.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.model.PreviousReview;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calendar rule for the interval between reviews, its severities and the as-of date. */
class IntervalRulesTest {

    private static final ReviewValidator VALIDATOR = ReviewRulesTest.VALIDATOR;

    @ParameterizedTest(name = "previous {0}, held {1}: late = {2}")
    @CsvSource({
        "2024-02-29, 2025-02-28, false",
        "2024-02-29, 2025-03-01, true",
        "2023-02-28, 2024-02-28, false",
        "2023-02-28, 2024-02-29, true",
        "2024-12-31, 2025-12-31, false",
        "2024-12-31, 2026-01-01, true",
        "2025-01-31, 2026-01-31, false",
        "2025-03-31, 2026-03-31, false",
    })
    void heldWithinOneCalendarYear_isOnTime(LocalDate previous, LocalDate held, boolean late) {
        ReviewCycle review = held(Edition.ISO_IEC_27001_2005, previous, held);

        List<Finding> findings = VALIDATOR.validate(review)
                .findings(ReviewRule.INTERVAL_EXCEEDED.id());

        assertThat(findings.isEmpty()).isEqualTo(!late);
    }

    @Test
    void exceededInterval_isAnErrorUnder2005_andAWarningUnder2022() {
        LocalDate previous = LocalDate.of(2024, 2, 29);
        LocalDate held = LocalDate.of(2025, 3, 3);

        Finding under2005 = VALIDATOR.validate(held(Edition.ISO_IEC_27001_2005, previous, held))
                .findings(ReviewRule.INTERVAL_EXCEEDED.id()).get(0);
        Finding under2022 = VALIDATOR.validate(held(Edition.ISO_IEC_27001_2022, previous, held))
                .findings(ReviewRule.INTERVAL_EXCEEDED.id()).get(0);

        assertThat(under2005.severity()).isEqualTo(Severity.ERROR);
        assertThat(under2005.clause()).isEqualTo("ISO/IEC 27001:2005 7.1");
        assertThat(under2005.message()).isEqualTo("heldOn 2025-03-03 is 3 day(s) after 2025-02-28,"
                + " the latest date 12 months after the previous review on 2024-02-29");
        assertThat(under2005.values()).containsEntry("daysLate", "3");
        assertThat(under2022.severity()).isEqualTo(Severity.WARNING);
        assertThat(under2022.clause()).isEqualTo("ISO/IEC 27001:2022 9.3.1");
    }

    @Test
    void policyLongerThanAYear_doesNotRelaxTheYearlyRuleOf2005() {
        ReviewValidator eighteenMonths = ReviewValidator.builder()
                .clock(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC))
                .intervalPolicy(IntervalPolicy.ofMonths(18))
                .build();
        LocalDate previous = LocalDate.of(2024, 1, 10);
        LocalDate held = LocalDate.of(2025, 4, 10);

        assertThat(eighteenMonths.validate(held(Edition.ISO_IEC_27001_2005, previous, held))
                .findings(ReviewRule.INTERVAL_EXCEEDED.id())).hasSize(1);
        assertThat(eighteenMonths.validate(held(Edition.ISO_IEC_27001_2022, previous, held))
                .findings(ReviewRule.INTERVAL_EXCEEDED.id())).isEmpty();
    }

    @Test
    void shorterPolicy_appliesUnder2022() {
        ReviewValidator sixMonths = ReviewValidator.builder()
                .clock(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC))
                .intervalPolicy(IntervalPolicy.ofMonths(6))
                .build();

        ReviewCycle review = held(Edition.ISO_IEC_27001_2022, LocalDate.of(2025, 8, 31),
                LocalDate.of(2026, 3, 1));

        assertThat(sixMonths.validate(review).findings(ReviewRule.INTERVAL_EXCEEDED.id()))
                .singleElement()
                .satisfies(f -> assertThat(f.values()).containsEntry("latest", "2026-02-28"));
    }

    @Test
    void overdue_isJudgedOnTheDateInTheOrganizationsZone() {
        ReviewCycle planned = ReviewCycle.builder()
                .id("MR-2026")
                .edition(Edition.ISO_IEC_27001_2005)
                .stage(ReviewStage.PLANNED)
                .plannedOn(LocalDate.of(2026, 3, 1))
                .previousReview(PreviousReview.heldOn(LocalDate.of(2025, 3, 1)))
                .build();
        // 2026-03-01T20:00Z is already 2026-03-02 in Tokyo, still 2026-03-01 in Los Angeles.
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T20:00:00Z"), ZoneOffset.UTC);

        ReviewValidator tokyo = ReviewValidator.builder()
                .clock(clock).zone(ZoneId.of("Asia/Tokyo")).build();
        ReviewValidator losAngeles = ReviewValidator.builder()
                .clock(clock).zone(ZoneId.of("America/Los_Angeles")).build();

        assertThat(tokyo.validate(planned).findings(ReviewRule.INTERVAL_OVERDUE.id()))
                .singleElement()
                .satisfies(f -> assertThat(f.values()).containsEntry("daysOverdue", "1"));
        assertThat(losAngeles.validate(planned).findings(ReviewRule.INTERVAL_OVERDUE.id()))
                .isEmpty();
    }

    @Test
    void heldLate_reportsTheDaysAgainstThePlan() {
        ReviewCycle review = ReviewCycle.builder()
                .from(held(Edition.ISO_IEC_27001_2022, LocalDate.of(2025, 5, 1),
                        LocalDate.of(2026, 3, 12)))
                .plannedOn(LocalDate.of(2026, 2, 28))
                .build();

        assertThat(VALIDATOR.validate(review).findings(ReviewRule.INTERVAL_HELD_LATE.id()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).isEqualTo(
                            "heldOn 2026-03-12 is 12 day(s) after the planned date 2026-02-28");
                });
    }

    @Test
    void firstReview_needsNoPreviousOne() {
        ReviewCycle first = ReviewCycle.builder()
                .id("MR-1")
                .edition(Edition.ISO_IEC_27001_2022)
                .firstReview(true)
                .build();
        ReviewCycle unknown = ReviewCycle.builder().from(first).firstReview(false).build();

        assertThat(VALIDATOR.validate(first).findings(ReviewRule.INTERVAL_PREVIOUS_UNKNOWN.id()))
                .isEmpty();
        assertThat(VALIDATOR.validate(unknown)
                .findings(ReviewRule.INTERVAL_PREVIOUS_UNKNOWN.id())).hasSize(1);
    }

    static ReviewCycle held(Edition edition, LocalDate previous, LocalDate held) {
        return ReviewCycle.builder()
                .id("MR")
                .edition(edition)
                .stage(ReviewStage.HELD)
                .plannedOn(held)
                .heldOn(held)
                .previousReview(PreviousReview.of("MR-previous", previous))
                .build();
    }
}
