package io.github.ismsreview.json;

import java.util.Objects;

/**
 * Thrown when a document is not a management review in the isms-review JSON format.
 *
 * <p>The exception says where the problem is, as a JSON path ({@code
 * $.decisions[0].actions[1].dueOn}) and as a line and column of the input, what the format
 * expects there and what the document holds instead. Its message is one line that carries all
 * of this:
 *
 * <pre>{@code
 * $.decisions[0].actions[1].dueOn (line 40, column 22): expected a date as YYYY-MM-DD,
 *     found "2026-13-01"
 * }</pre>
 *
 * <p>(shown wrapped here; the message itself has no line break). Every problem with the content
 * of a document surfaces as this exception, whether it is malformed JSON, a limit of
 * {@link ReviewJson} exceeded, or valid JSON that breaks the format.
 */
public final class ReviewFormatException extends RuntimeException {

    private final String path;
    private final int line;
    private final int column;
    private final String expected;
    private final String found;

    /**
     * Creates an exception whose message states what was expected and what was found.
     *
     * @param path the JSON path of the offending value, for example {@code $.inputs[0].status}
     * @param line the line of the input, counted from 1, or -1 if not known
     * @param column the column of the input, counted from 1, or -1 if not known
     * @param expected what the format expects there, for example {@code a date as YYYY-MM-DD}
     * @param found what the document holds, for example {@code "2026-13-01"}
     */
    public ReviewFormatException(String path, int line, int column, String expected,
            String found) {
        this(path, line, column, expected, found, "expected " + expected + ", found " + found);
    }

    /**
     * Creates an exception whose message states the problem in words of its own, such as a
     * format version this library does not read; {@link #expected()} and {@link #found()} still
     * name the two values.
     *
     * @param path the JSON path of the offending value
     * @param line the line of the input, counted from 1, or -1 if not known
     * @param column the column of the input, counted from 1, or -1 if not known
     * @param expected what the format expects there
     * @param found what the document holds
     * @param problem the problem in words, without the path and position
     */
    public ReviewFormatException(String path, int line, int column, String expected,
            String found, String problem) {
        super(location(path, line, Math.max(column, 1)) + ": "
                + Objects.requireNonNull(problem, "problem"));
        this.path = Objects.requireNonNull(path, "path");
        this.line = line;
        this.column = line >= 1 ? Math.max(column, 1) : column;
        this.expected = Objects.requireNonNull(expected, "expected");
        this.found = Objects.requireNonNull(found, "found");
    }

    /**
     * Returns the JSON path of the offending value, {@code $} for the document itself, for
     * example {@code $.decisions[2].actions[0].dueOn}; a missing property has the path it
     * should have had.
     */
    public String path() {
        return path;
    }

    /** Returns the line of the input where the problem is, counted from 1, or -1 if unknown. */
    public int line() {
        return line;
    }

    /**
     * Returns the column of the input where the problem is, counted from 1, or -1 if unknown; it
     * counts characters (UTF-16 code units), for text as well as for streams and files.
     */
    public int column() {
        return column;
    }

    /** Returns what the format expects at the path, for example {@code a date as YYYY-MM-DD}. */
    public String expected() {
        return expected;
    }

    /**
     * Returns what the document holds at the path: a JSON value as written (strings quoted and
     * shortened when long), or a description such as {@code the end of the object}.
     */
    public String found() {
        return found;
    }

    private static String location(String path, int line, int column) {
        if (line < 1) {
            return path;
        }
        return path + " (line " + line + ", column " + column + ")";
    }
}
