package io.github.ismsreview.validation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How long the time between two reviews may be, counted in calendar months.
 *
 * <p>The latest date for the next review is the previous review's date plus the interval in
 * calendar months ({@link LocalDate#plusMonths(long)}), never a count of days: with the default
 * of 12 months, a review held on 2024-02-29 is followed at the latest on 2025-02-28, and one held
 * on 2025-01-31 at the latest on 2026-01-31.
 *
 * <pre>{@code
 * IntervalPolicy.standard().latestNext(LocalDate.of(2024, 2, 29)); // 2025-02-28
 * IntervalPolicy.ofMonths(6).latestNext(LocalDate.of(2025, 8, 31)); // 2026-02-28
 * }</pre>
 *
 * <p>Under ISO/IEC 27001:2005 the standard itself sets at least yearly; a policy longer than 12
 * months does not relax that, and the validator applies the shorter of the two. Instances are
 * immutable and thread-safe.
 */
public final class IntervalPolicy {

    private static final IntervalPolicy STANDARD = new IntervalPolicy(12);

    private final int months;

    private IntervalPolicy(int months) {
        this.months = months;
    }

    /** Returns the default policy: 12 calendar months. */
    public static IntervalPolicy standard() {
        return STANDARD;
    }

    /**
     * Returns a policy of the given number of calendar months.
     *
     * @throws IllegalArgumentException if {@code months} is not between 1 and 120
     */
    public static IntervalPolicy ofMonths(int months) {
        if (months < 1 || months > 120) {
            throw new IllegalArgumentException(
                    "interval of " + months + " months is outside 1 to 120 months");
        }
        return months == 12 ? STANDARD : new IntervalPolicy(months);
    }

    /** Returns the interval in calendar months. */
    public int months() {
        return months;
    }

    /** Returns the latest date on which the review after one held on {@code previous} is due. */
    public LocalDate latestNext(LocalDate previous) {
        Objects.requireNonNull(previous, "previous");
        return previous.plusMonths(months);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntervalPolicy that && months == that.months;
    }

    @Override
    public int hashCode() {
        return months;
    }

    @Override
    public String toString() {
        return months + " months";
    }
}
