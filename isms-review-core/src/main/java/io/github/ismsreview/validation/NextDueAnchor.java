package io.github.ismsreview.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * What the date of the next review is counted from: the last review actually held, or a fixed
 * plan of dates one interval apart.
 *
 * <p>Both are real practices. Anchored on the last held review (the default), a late review
 * moves every later due date; on a fixed plan, the due dates stay where the plan put them, and
 * a late review does not buy the next one more time.
 *
 * <pre>{@code
 * NextDueAnchor.lastHeld();
 * NextDueAnchor.fixedPlan(LocalDate.of(2024, 3, 31)); // due 2025-03-31, 2026-03-31, ...
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class NextDueAnchor {

    private static final NextDueAnchor LAST_HELD = new NextDueAnchor(null);

    private final LocalDate planStart;

    private NextDueAnchor(LocalDate planStart) {
        this.planStart = planStart;
    }

    /** Returns the anchor on the date of the last review held; the default. */
    public static NextDueAnchor lastHeld() {
        return LAST_HELD;
    }

    /**
     * Returns the anchor on a fixed plan whose due dates are {@code planStart} plus whole
     * intervals.
     */
    public static NextDueAnchor fixedPlan(LocalDate planStart) {
        return new NextDueAnchor(Objects.requireNonNull(planStart, "planStart"));
    }

    /** Returns the first date of the fixed plan, or empty when anchored on the last review. */
    public Optional<LocalDate> planStart() {
        return Optional.ofNullable(planStart);
    }

    /**
     * Returns the date by which the review after one held on {@code lastHeld} is due.
     *
     * <p>On the last held date: that date plus the interval. On a fixed plan: the first plan date
     * after {@code lastHeld}, where the plan dates are counted from the plan's start in whole
     * intervals, each by calendar months from the start (so a plan starting on 31 January stays
     * on month ends). Where that date would lie beyond the end of the calendar, the result is
     * {@link LocalDate#MAX}: nothing can be overdue before it. The work does not grow with the
     * distance between the plan's start and {@code lastHeld}.
     *
     * @throws NullPointerException if an argument is null
     */
    public LocalDate nextDue(LocalDate lastHeld, IntervalPolicy interval) {
        Objects.requireNonNull(lastHeld, "lastHeld");
        Objects.requireNonNull(interval, "interval");
        try {
            return planStart == null ? interval.latestNext(lastHeld)
                    : nextOnPlan(lastHeld, interval.months());
        } catch (DateTimeException e) {
            return LocalDate.MAX;
        }
    }

    /**
     * Returns the first plan date after {@code lastHeld}. The whole months between the start and
     * {@code lastHeld} undercount by at most one (a start on the 31st reaches 29 February in one
     * month, which {@code MONTHS.between} does not count), so the count of whole intervals they
     * give is at most one short, and the loop steps at most twice.
     */
    private LocalDate nextOnPlan(LocalDate lastHeld, int months) {
        if (planStart.isAfter(lastHeld)) {
            return planStart;
        }
        long steps = ChronoUnit.MONTHS.between(planStart, lastHeld) / months;
        LocalDate due = planStart.plusMonths(steps * months);
        while (!due.isAfter(lastHeld)) {
            steps++;
            due = planStart.plusMonths(steps * months);
        }
        return due;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NextDueAnchor that && Objects.equals(planStart, that.planStart);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(planStart);
    }

    @Override
    public String toString() {
        return planStart == null ? "last held review" : "fixed plan from " + planStart;
    }
}
