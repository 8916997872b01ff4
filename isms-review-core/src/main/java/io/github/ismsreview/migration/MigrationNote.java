package io.github.ismsreview.migration;

import java.util.Objects;

/**
 * One thing a reader of a migrated review should know: which ISO/IEC 27001:2022 input or output
 * it concerns, what kind of change it reports, and a message in plain English that names the
 * values involved.
 *
 * <pre>{@code
 * MigrationNote note = MigrationNote.of(MigrationNote.Kind.NOT_IN_SOURCE,
 *         "objective-fulfilment-trends", "9.3.2 d) 4)",
 *         "ISO/IEC 27001:2005 has no input on security objectives; ...");
 * note.kind().needsAttention();   // true
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe and compare by value.
 */
public final class MigrationNote {

    /** What a note reports. */
    public enum Kind {

        /** The entry or decision moved to a 2022 category of the same meaning, unchanged. */
        CARRIED_OVER(false),

        /** Entries of two source categories were joined into one 2022 entry, keeping both. */
        MERGED(false),

        /**
         * The entry moved whole, but part of what it may hold belongs to another 2022 category;
         * a person has to split it.
         */
        SPLIT_NEEDED(true),

        /**
         * The entry moved to the nearest 2022 category, whose meaning differs: for example the
         * older edition asked for a status where 2022 asks for a trend.
         */
        MEANING_CHANGED(true),

        /** The 2022 input does not exist in the source edition, so the record cannot have it. */
        NOT_IN_SOURCE(true),

        /** The source edition has the input, but the record has no entry for it. */
        NOT_IN_RECORD(true),

        /**
         * The entry or decision names a category the source edition does not know; it was kept
         * as it is.
         */
        UNKNOWN_CATEGORY(true),

        /**
         * A value of the source has no place in the migrated review and was replaced; the note
         * keeps the value.
         */
        DROPPED(true),

        /**
         * The review holds a content digest of the source record, which the migrated content no
         * longer matches.
         */
        DIGEST_STALE(true);

        private final boolean needsAttention;

        Kind(boolean needsAttention) {
            this.needsAttention = needsAttention;
        }

        /**
         * Checks whether a note of this kind reports a loss, a gap or a change of meaning that a
         * person should look at; only {@link #CARRIED_OVER} and {@link #MERGED} do not.
         */
        public boolean needsAttention() {
            return needsAttention;
        }
    }

    private final Kind kind;
    private final String key;
    private final String clause;
    private final String message;

    private MigrationNote(Kind kind, String key, String clause, String message) {
        this.kind = kind;
        this.key = key;
        this.clause = clause;
        this.message = message;
    }

    /**
     * Returns a note.
     *
     * @param kind what the note reports
     * @param key the key of the 2022 input or output category the note concerns, the unknown
     *     path of the entry or decision ({@code inputs[3]}, {@code decisions[0]}) for {@link
     *     Kind#UNKNOWN_CATEGORY}, or the property of the review for a note about the record as a
     *     whole ({@code protocol.signature.contentDigest}, {@code alsoCovers})
     * @param clause the ISO/IEC 27001:2022 clause, for example {@code 9.3.2 d) 3)} or
     *     {@code 9.3.3}
     * @param message what happened, in plain English, with the values involved
     * @return the note
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key, clause or message is blank
     */
    public static MigrationNote of(Kind kind, String key, String clause, String message) {
        Objects.requireNonNull(kind, "kind");
        return new MigrationNote(kind, nonBlank(key, "key"), nonBlank(clause, "clause"),
                nonBlank(message, "message"));
    }

    /** Returns what the note reports. */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the key of the 2022 input or output category the note concerns, for example
     * {@code audit-result-trends}; see {@link #of} for the other cases.
     */
    public String key() {
        return key;
    }

    /** Returns the ISO/IEC 27001:2022 clause the note concerns, for example {@code 9.3.2 c)}. */
    public String clause() {
        return clause;
    }

    /** Returns what happened, in plain English, with the values involved. */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MigrationNote that
                && kind == that.kind
                && key.equals(that.key)
                && clause.equals(that.clause)
                && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, key, clause, message);
    }

    /**
     * Returns the note on one line: kind, key, clause and message, as in {@code NOT_IN_SOURCE
     * changes-in-interested-party-needs (9.3.2 c)): ...}.
     */
    @Override
    public String toString() {
        return kind + " " + key + " (" + clause + "): " + message;
    }

    private static String nonBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank, found '" + value + "'");
        }
        return value;
    }
}
