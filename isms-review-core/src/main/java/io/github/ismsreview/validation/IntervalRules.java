package io.github.ismsreview.validation;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.edition.IntervalRequirement;
import io.github.ismsreview.model.PreviousReview;
import io.github.ismsreview.model.ReviewCycle;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Rules on the time between reviews: held within the interval after the previous review, not
 * overdue, and on its planned date.
 *
 * <p>The latest date is the previous review's date plus the interval in calendar months. Under
 * an edition that requires a yearly review, the interval is at most 12 months whatever the
 * policy says.
 */
final class IntervalRules {

    private static final int YEARLY_MONTHS = 12;

    private IntervalRules() {
    }

    static void check(RuleContext context) {
        ReviewCycle review = context.review();

        checkHeldLate(context, review);

        Optional<PreviousReview> previous = review.previousReview();
        if (previous.isEmpty()) {
            if (!review.firstReview() && context.applies(ReviewRule.INTERVAL_PREVIOUS_UNKNOWN)) {
                context.report(ReviewRule.INTERVAL_PREVIOUS_UNKNOWN, "previousReview",
                        context.message("interval.previous-unknown"));
            }
            return;
        }

        LocalDate previousOn = previous.get().heldOn();
        int months = effectiveMonths(context);
        LocalDate latest = latest(previousOn, months);

        if (review.heldOn().isPresent()) {
            checkHeld(context, review.heldOn().get(), previousOn, months, latest);
        } else {
            checkNotYetHeld(context, review, previousOn, months, latest);
        }
    }

    private static void checkHeld(RuleContext context, LocalDate heldOn, LocalDate previousOn,
            int months, LocalDate latest) {
        if (!heldOn.isAfter(previousOn)) {
            if (context.applies(ReviewRule.INTERVAL_NOT_AFTER_PREVIOUS)) {
                context.report(ReviewRule.INTERVAL_NOT_AFTER_PREVIOUS, "heldOn",
                        context.message("interval.not-after-previous",
                                "heldOn", heldOn, "previousHeldOn", previousOn),
                        "heldOn", heldOn, "previousHeldOn", previousOn);
            }
            return;
        }

        if (heldOn.isAfter(latest) && context.applies(ReviewRule.INTERVAL_EXCEEDED)) {
            long daysLate = ChronoUnit.DAYS.between(latest, heldOn);
            context.report(ReviewRule.INTERVAL_EXCEEDED, "heldOn",
                    context.message("interval.exceeded", "heldOn", heldOn,
                            "daysLate", daysLate, "latest", latest, "intervalMonths", months,
                            "previousHeldOn", previousOn),
                    "heldOn", heldOn, "previousHeldOn", previousOn, "latest", latest,
                    "intervalMonths", months, "daysLate", daysLate);
        }
    }

    private static void checkNotYetHeld(RuleContext context, ReviewCycle review,
            LocalDate previousOn, int months, LocalDate latest) {
        Optional<LocalDate> plannedOn = review.plannedOn();
        if (plannedOn.isPresent() && plannedOn.get().isAfter(latest)
                && context.applies(ReviewRule.INTERVAL_PLANNED_TOO_LATE)) {
            context.report(ReviewRule.INTERVAL_PLANNED_TOO_LATE, "plannedOn",
                    context.message("interval.planned-too-late", "plannedOn", plannedOn.get(),
                            "latest", latest, "intervalMonths", months,
                            "previousHeldOn", previousOn),
                    "plannedOn", plannedOn.get(), "previousHeldOn", previousOn,
                    "latest", latest, "intervalMonths", months);
        }

        if (context.asOf().isAfter(latest) && context.applies(ReviewRule.INTERVAL_OVERDUE)) {
            long daysOverdue = ChronoUnit.DAYS.between(latest, context.asOf());
            context.report(ReviewRule.INTERVAL_OVERDUE, "heldOn",
                    context.message("interval.overdue", "daysOverdue", daysOverdue,
                            "asOf", context.asOf(), "latest", latest, "intervalMonths", months,
                            "previousHeldOn", previousOn),
                    "asOf", context.asOf(), "previousHeldOn", previousOn, "latest", latest,
                    "intervalMonths", months, "daysOverdue", daysOverdue);
        }
    }

    private static void checkHeldLate(RuleContext context, ReviewCycle review) {
        if (review.heldOn().isEmpty() || review.plannedOn().isEmpty()
                || !context.applies(ReviewRule.INTERVAL_HELD_LATE)) {
            return;
        }

        LocalDate heldOn = review.heldOn().get();
        LocalDate plannedOn = review.plannedOn().get();
        if (heldOn.isAfter(plannedOn)) {
            long daysLate = ChronoUnit.DAYS.between(plannedOn, heldOn);
            context.report(ReviewRule.INTERVAL_HELD_LATE, "heldOn",
                    context.message("interval.held-late", "heldOn", heldOn,
                            "daysLate", daysLate, "plannedOn", plannedOn),
                    "heldOn", heldOn, "plannedOn", plannedOn, "daysLate", daysLate);
        }
    }

    /** Returns the latest date, or the last date there is where the calendar ends before it. */
    static LocalDate latest(LocalDate previousOn, int months) {
        try {
            return previousOn.plusMonths(months);
        } catch (DateTimeException e) {
            return LocalDate.MAX;
        }
    }

    private static int effectiveMonths(RuleContext context) {
        return effectiveMonths(context.intervalPolicy(), context.editions());
    }

    /**
     * Returns the interval a review covering the editions must keep: the policy's, capped at a
     * year when any of them asks for a review at least once a year, as an integrated review must
     * meet the yearly rule too.
     */
    static int effectiveMonths(IntervalPolicy policy, List<Edition> editions) {
        int months = policy.months();
        if (editions.stream().anyMatch(
                edition -> edition.intervalRequirement() == IntervalRequirement.AT_LEAST_YEARLY)) {
            return Math.min(months, YEARLY_MONTHS);
        }
        return months;
    }
}
