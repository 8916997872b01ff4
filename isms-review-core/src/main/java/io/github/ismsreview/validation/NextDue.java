package io.github.ismsreview.validation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The date by which the review after the last held one of a history is due, with what it was
 * computed from: the last held review, the anchor, the interval and the as-of date.
 *
 * <pre>{@code
 * NextDue next = validator.nextDue(history).orElseThrow();
 * next.dueOn();        // 2025-02-28 after a review held on 2024-02-29, 12 months, last held
 * next.isOverdue();    // true when the validator's today is after dueOn()
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class NextDue {

    private final LocalDate dueOn;
    private final String lastHeldReviewId;
    private final LocalDate lastHeldOn;
    private final NextDueAnchor anchor;
    private final int intervalMonths;
    private final LocalDate asOf;

    private NextDue(LocalDate dueOn, String lastHeldReviewId, LocalDate lastHeldOn,
            NextDueAnchor anchor, int intervalMonths, LocalDate asOf) {
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        this.lastHeldReviewId = Objects.requireNonNull(lastHeldReviewId, "lastHeldReviewId");
        this.lastHeldOn = Objects.requireNonNull(lastHeldOn, "lastHeldOn");
        this.anchor = Objects.requireNonNull(anchor, "anchor");
        this.intervalMonths = intervalMonths;
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * Returns the next due date computed from the given parts; used by the validator and by
     * tools that rebuild a report read from elsewhere.
     *
     * @param dueOn the date by which the next review is due
     * @param lastHeldReviewId the id of the last review held
     * @param lastHeldOn the date the last review was held
     * @param anchor what the due date was counted from
     * @param intervalMonths the interval applied, in calendar months
     * @param asOf the date "today" the due date is judged against
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code intervalMonths} is not positive
     */
    public static NextDue of(LocalDate dueOn, String lastHeldReviewId, LocalDate lastHeldOn,
            NextDueAnchor anchor, int intervalMonths, LocalDate asOf) {
        if (intervalMonths < 1) {
            throw new IllegalArgumentException("intervalMonths is " + intervalMonths
                    + "; an interval has at least one month");
        }
        return new NextDue(dueOn, lastHeldReviewId, lastHeldOn, anchor, intervalMonths, asOf);
    }

    /** Returns the date by which the next review is due; a review held on it is on time. */
    public LocalDate dueOn() {
        return dueOn;
    }

    /** Returns the id of the last review held, the one the due date was computed from. */
    public String lastHeldReviewId() {
        return lastHeldReviewId;
    }

    /** Returns the date the last review was held. */
    public LocalDate lastHeldOn() {
        return lastHeldOn;
    }

    /** Returns what the due date was counted from: the last held review or a fixed plan. */
    public NextDueAnchor anchor() {
        return anchor;
    }

    /**
     * Returns the interval applied, in calendar months: the policy's, at most 12 under an
     * edition that requires a yearly review.
     */
    public int intervalMonths() {
        return intervalMonths;
    }

    /** Returns the date "today" the due date was judged against, in the policy's zone. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Checks whether the next review is overdue: the as-of date is after the due date. */
    public boolean isOverdue() {
        return asOf.isAfter(dueOn);
    }

    /** Returns how many days the next review is overdue as of {@link #asOf()}; 0 if it is not. */
    public long daysOverdue() {
        return isOverdue() ? ChronoUnit.DAYS.between(dueOn, asOf) : 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NextDue that
                && dueOn.equals(that.dueOn)
                && lastHeldReviewId.equals(that.lastHeldReviewId)
                && lastHeldOn.equals(that.lastHeldOn)
                && anchor.equals(that.anchor)
                && intervalMonths == that.intervalMonths
                && asOf.equals(that.asOf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dueOn, lastHeldReviewId, lastHeldOn, anchor, intervalMonths, asOf);
    }

    /** Returns the due date with what it was computed from, on one line. */
    @Override
    public String toString() {
        return "next review due by " + dueOn + " (" + intervalMonths + " months, anchored on the "
                + anchor + ", after review " + lastHeldReviewId + " held on " + lastHeldOn
                + "; as of " + asOf + (isOverdue() ? " " + daysOverdue() + " day(s) overdue"
                        : " not overdue") + ")";
    }
}
