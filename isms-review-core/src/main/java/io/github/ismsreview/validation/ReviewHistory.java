package io.github.ismsreview.validation;

import io.github.ismsreview.model.ReviewCycle;
import java.util.List;
import java.util.Objects;

/**
 * The reviews of one ISMS over time, in the order the caller gives them, to be validated as a
 * whole by {@link ReviewValidator#validateHistory(ReviewHistory)}.
 *
 * <p>The order is kept as given, never sorted: whether it is chronological is one of the things
 * the validator checks. Review {@code i} of the history is addressed as {@code $[i]} in the
 * paths of findings, for example {@code $[2].decisions[0].actions[1]}.
 *
 * <pre>{@code
 * ReviewHistory history = ReviewHistory.of(List.of(review2024, review2025, review2026));
 * HistoryReport report = validator.validateHistory(history);
 * report.nextDue().ifPresent(next -> System.out.println("next review due by " + next.dueOn()));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReviewHistory {

    private static final ReviewHistory EMPTY = new ReviewHistory(List.of());

    private final List<ReviewCycle> reviews;

    private ReviewHistory(List<ReviewCycle> reviews) {
        this.reviews = reviews;
    }

    /**
     * Returns the history of the given reviews, in the given order.
     *
     * @param reviews the reviews, oldest first as the record has them; may be empty
     * @return the history, holding an unmodifiable copy of the list
     * @throws NullPointerException if the list or one of its reviews is null
     */
    public static ReviewHistory of(List<ReviewCycle> reviews) {
        Objects.requireNonNull(reviews, "reviews");
        for (int i = 0; i < reviews.size(); i++) {
            if (reviews.get(i) == null) {
                throw new NullPointerException("reviews contains null at index " + i);
            }
        }
        return reviews.isEmpty() ? EMPTY : new ReviewHistory(List.copyOf(reviews));
    }

    /** Returns the history without reviews. */
    public static ReviewHistory empty() {
        return EMPTY;
    }

    /** Returns the reviews in the order given, as an unmodifiable list. */
    public List<ReviewCycle> reviews() {
        return reviews;
    }

    /**
     * Returns review {@code index} of the history, the one findings address as {@code $[index]}.
     *
     * @throws IndexOutOfBoundsException if there is no review at {@code index}; the message
     *     names the index and the size
     */
    public ReviewCycle get(int index) {
        if (index < 0 || index >= reviews.size()) {
            throw new IndexOutOfBoundsException("index " + index + " is outside a history of "
                    + reviews.size() + " review(s)");
        }
        return reviews.get(index);
    }

    /** Returns how many reviews the history holds. */
    public int size() {
        return reviews.size();
    }

    /** Checks whether the history holds no review. */
    public boolean isEmpty() {
        return reviews.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReviewHistory that && reviews.equals(that.reviews);
    }

    @Override
    public int hashCode() {
        return reviews.hashCode();
    }

    @Override
    public String toString() {
        return "ReviewHistory" + reviews.stream().map(ReviewCycle::id).toList();
    }
}
