package io.github.ismsreview.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.ismsreview.model.Protocol;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.testing.SampleReviews;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Severity overrides, switched-off rules and the next-due anchor of a policy. */
class ValidationPolicyTest {

    private static final ReviewCycle NO_RECOMMENDATION = ReviewCycle.builder()
            .from(SampleReviews.complete2022())
            .recommendations(List.of())
            .build();

    @Test
    void severityOverride_appliesToEveryFindingOfTheRule() {
        ReviewValidator strict = ReviewValidator.builder()
                .policy(ValidationPolicy.builder()
                        .severity("recommendation.missing", Severity.ERROR)
                        .build())
                .build();

        ValidationReport report = strict.validate(NO_RECOMMENDATION);

        assertThat(report.findings("recommendation.missing"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void overrideWins_overTheStageDependentSeverityOfTheUnsignedRule() {
        Protocol unsigned = Protocol.builder()
                .from(SampleReviews.complete2022().protocol().orElseThrow())
                .signature(java.util.Optional.empty())
                .build();
        ReviewCycle closed = ReviewCycle.builder().from(SampleReviews.complete2022())
                .protocol(unsigned).build();
        ReviewValidator lenient = ReviewValidator.builder()
                .policy(ValidationPolicy.builder()
                        .severity("protocol.unsigned", Severity.WARNING).build())
                .build();

        assertThat(lenient.validate(closed).findings("protocol.unsigned"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void disabledRule_reportsNothing() {
        ReviewValidator validator = ReviewValidator.builder()
                .policy(ValidationPolicy.builder().disable("recommendation.missing").build())
                .build();

        assertThat(validator.validate(NO_RECOMMENDATION).findings()).isEmpty();
    }

    @Test
    void nextDue_onTheLastHeldReview_movesWithALateReview() {
        NextDueAnchor anchor = NextDueAnchor.lastHeld();

        assertThat(anchor.nextDue(LocalDate.of(2024, 2, 29), IntervalPolicy.standard()))
                .isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(anchor.nextDue(LocalDate.of(2025, 5, 10), IntervalPolicy.standard()))
                .isEqualTo(LocalDate.of(2026, 5, 10));
    }

    @Test
    void nextDue_onAFixedPlan_staysOnThePlan() {
        NextDueAnchor plan = NextDueAnchor.fixedPlan(LocalDate.of(2024, 1, 31));

        assertThat(plan.nextDue(LocalDate.of(2025, 2, 20), IntervalPolicy.standard()))
                .isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(plan.nextDue(LocalDate.of(2024, 1, 31), IntervalPolicy.ofMonths(1)))
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(plan.nextDue(LocalDate.of(2024, 3, 30), IntervalPolicy.ofMonths(1)))
                .isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void nextDue_onAFixedPlan_countsWholeIntervals_andAgreesWithStepping() {
        LocalDate[] starts = {LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29),
            LocalDate.of(2023, 8, 30), LocalDate.of(2020, 3, 1)};
        for (LocalDate start : starts) {
            NextDueAnchor plan = NextDueAnchor.fixedPlan(start);
            for (int months : new int[] {1, 5, 12, 18}) {
                for (LocalDate held = start.minusDays(40); held.isBefore(start.plusYears(4));
                        held = held.plusDays(1)) {
                    assertThat(plan.nextDue(held, IntervalPolicy.ofMonths(months)))
                            .as("start %s, %d months, held %s", start, months, held)
                            .isEqualTo(steppedNextDue(start, held, months));
                }
            }
        }
    }

    @Test
    void nextDue_onAFixedPlanStartingAtTheBeginningOfTheCalendar_isFoundWithoutStepping() {
        // Regression: the plan was walked one interval at a time, about 10^10 steps here.
        NextDueAnchor plan = NextDueAnchor.fixedPlan(LocalDate.MIN);

        LocalDate due = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> plan.nextDue(LocalDate.of(2025, 2, 20), IntervalPolicy.ofMonths(1)));

        assertThat(due).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void nextDue_beyondTheEndOfTheCalendar_isTheLastDate() {
        NextDueAnchor plan = NextDueAnchor.fixedPlan(LocalDate.MIN);

        LocalDate due = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> plan.nextDue(LocalDate.MAX, IntervalPolicy.ofMonths(1)));

        assertThat(due).isEqualTo(LocalDate.MAX);
        assertThat(NextDueAnchor.fixedPlan(LocalDate.of(2024, 1, 31))
                .nextDue(LocalDate.MAX.minusDays(1), IntervalPolicy.standard()))
                .isEqualTo(LocalDate.MAX);
        assertThat(NextDueAnchor.lastHeld()
                .nextDue(LocalDate.MAX.minusMonths(3), IntervalPolicy.standard()))
                .isEqualTo(LocalDate.MAX);
    }

    /** Returns the first plan date after {@code held}, found one interval at a time. */
    private static LocalDate steppedNextDue(LocalDate start, LocalDate held, int months) {
        LocalDate due = start;
        for (long k = 1; !due.isAfter(held); k++) {
            due = start.plusMonths(k * months);
        }
        return due;
    }
}
