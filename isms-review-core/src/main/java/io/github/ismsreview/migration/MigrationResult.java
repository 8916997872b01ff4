package io.github.ismsreview.migration;

import io.github.ismsreview.model.ReviewCycle;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ReviewMigration} produced: the migrated review and the notes on what moved,
 * merged, changed meaning or is missing.
 *
 * <p>Instances are immutable and thread-safe and compare by value.
 */
public final class MigrationResult {

    private final ReviewCycle review;
    private final List<MigrationNote> notes;

    private MigrationResult(ReviewCycle review, List<MigrationNote> notes) {
        this.review = review;
        this.notes = notes;
    }

    /**
     * Returns a result.
     *
     * @param review the migrated review
     * @param notes the notes, in the order a person should read them
     * @return the result
     * @throws NullPointerException if an argument or a note is null
     */
    public static MigrationResult of(ReviewCycle review, List<MigrationNote> notes) {
        return new MigrationResult(Objects.requireNonNull(review, "review"),
                List.copyOf(Objects.requireNonNull(notes, "notes")));
    }

    /** Returns the migrated review. */
    public ReviewCycle review() {
        return review;
    }

    /**
     * Returns the notes: first the inputs in the order of ISO/IEC 27001:2022 9.3.2, then entries
     * of unknown categories, then the decisions in record order, then the record as a whole.
     */
    public List<MigrationNote> notes() {
        return notes;
    }

    /** Returns the notes of one kind, in the order of {@link #notes()}. */
    public List<MigrationNote> notes(MigrationNote.Kind kind) {
        return notes.stream().filter(note -> note.kind() == kind).toList();
    }

    /**
     * Checks whether any note reports a loss, a gap or a change of meaning, that is, whether a
     * person should read the notes before relying on the migrated review.
     */
    public boolean needsAttention() {
        return notes.stream().anyMatch(note -> note.kind().needsAttention());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MigrationResult that
                && review.equals(that.review)
                && notes.equals(that.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(review, notes);
    }

    @Override
    public String toString() {
        return "MigrationResult{review=" + review.id() + ", edition=" + review.edition().key()
                + ", notes=" + notes.size() + "}";
    }
}
