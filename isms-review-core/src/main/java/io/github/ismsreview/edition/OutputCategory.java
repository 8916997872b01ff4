package io.github.ismsreview.edition;

import java.util.Objects;

/**
 * One category of results (decisions and actions) that a management review produces, as one
 * edition of a standard lists it.
 *
 * <p>Instances are immutable and thread-safe; they are created by the {@link Edition} catalogue.
 */
public final class OutputCategory {

    private final String key;
    private final String letter;
    private final String clause;
    private final String title;
    private final boolean namesChangeDriver;

    OutputCategory(String key, String letter, String clause, String title,
            boolean namesChangeDriver) {
        this.key = Objects.requireNonNull(key, "key");
        this.letter = Objects.requireNonNull(letter, "letter");
        this.clause = Objects.requireNonNull(clause, "clause");
        this.title = Objects.requireNonNull(title, "title");
        this.namesChangeDriver = namesChangeDriver;
    }

    /** Returns the stable, meaning-based key, for example {@code resource-needs}. */
    public String key() {
        return key;
    }

    /** Returns the standard's letter, or an empty string where the standard letters none. */
    public String letter() {
        return letter;
    }

    /** Returns the clause this category is listed in, for example {@code 7.3 d)}. */
    public String clause() {
        return clause;
    }

    /** Returns the paraphrased title of the category. */
    public String title() {
        return title;
    }

    /**
     * Checks whether a decision in this category must name what drives the change (one or more
     * {@link io.github.ismsreview.model.ChangeDriver}s), as ISO/IEC 27001:2005 7.3 c) asks.
     */
    public boolean namesChangeDriver() {
        return namesChangeDriver;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutputCategory that
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
