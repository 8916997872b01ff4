package io.github.ismsreview.edition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One category of information that top management takes into the review, as one edition of a
 * standard lists it.
 *
 * <p>A category has a stable, meaning-based {@linkplain #key() key} (for example
 * {@code previous-review-actions}), the letter the standard gives it, and a paraphrased title.
 * Some categories have sub-items (the performance trends of ISO/IEC 27001:2022 9.3.2 d), for
 * example); a sub-item is itself a category whose {@linkplain #parentKey() parent key} names the
 * category it belongs to and whose letter carries the number, as in {@code d1}.
 *
 * <p>Instances are immutable and thread-safe; they are created by the {@link Edition} catalogue.
 */
public final class InputCategory {

    private final String key;
    private final String letter;
    private final String clause;
    private final String title;
    private final Optional<String> guideLetter;
    private final Optional<String> parentKey;
    private final List<InputCategory> subItems;

    InputCategory(
            String key,
            String letter,
            String clause,
            String title,
            Optional<String> guideLetter,
            Optional<String> parentKey,
            List<InputCategory> subItems) {
        this.key = Objects.requireNonNull(key, "key");
        this.letter = Objects.requireNonNull(letter, "letter");
        this.clause = Objects.requireNonNull(clause, "clause");
        this.title = Objects.requireNonNull(title, "title");
        this.guideLetter = Objects.requireNonNull(guideLetter, "guideLetter");
        this.parentKey = Objects.requireNonNull(parentKey, "parentKey");
        this.subItems = List.copyOf(subItems);
    }

    /** Returns the stable, meaning-based key, for example {@code audit-results}. */
    public String key() {
        return key;
    }

    /** Returns the standard's letter, for example {@code a}, or {@code d1} for a sub-item. */
    public String letter() {
        return letter;
    }

    /** Returns the clause this category is listed in, for example {@code 9.3.2 d) 1)}. */
    public String clause() {
        return clause;
    }

    /** Returns the paraphrased title of the category. */
    public String title() {
        return title;
    }

    /**
     * Returns the letter the 2009 implementation guide prints for this category, where it differs
     * in kind from the standard's (only ISO/IEC 27001:2005 has one: the guide skips {@code d}).
     */
    public Optional<String> guideLetter() {
        return guideLetter;
    }

    /** Returns the key of the category this one is a sub-item of, if it is a sub-item. */
    public Optional<String> parentKey() {
        return parentKey;
    }

    /** Returns the sub-items of this category, in the standard's order; often empty. */
    public List<InputCategory> subItems() {
        return subItems;
    }

    /**
     * Checks whether the review must address this category itself: a category without sub-items
     * must be addressed; a category with sub-items is addressed through them.
     */
    public boolean isRequiredEntry() {
        return subItems.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InputCategory that
                && key.equals(that.key)
                && clause.equals(that.clause);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, clause);
    }

    @Override
    public String toString() {
        return clause + " " + key;
    }
}
