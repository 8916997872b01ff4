package io.github.ismsreview.json;

import io.github.ismsreview.model.ReviewCycle;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the reviews of a JSON Lines stream: UTF-8, one review per line, lines ended by
 * {@code \n} (a {@code \r} before it is white space to JSON), the last line end optional.
 *
 * <p>Each line is read whole, at most {@link ReviewJson#MAX_DOCUMENT_LENGTH} characters, and
 * then read as a single document by {@link ReviewJson#read(String)}, so that it meets exactly
 * the strictness and the limits of one. Positions in its errors are moved from the line to the
 * stream. A line that is empty or holds only white space is refused: JSON Lines makes every
 * line one JSON value, and a lost review should not pass unnoticed.
 */
final class JsonLinesSource implements ReviewIterator.Source {

    private static final int BUFFER_SIZE = 8192;

    private final ReviewJson json;
    private final StrictUtf8Reader reader;
    private final char[] buffer = new char[BUFFER_SIZE];
    private char[] line = new char[BUFFER_SIZE];
    private int lineLength;
    private int position;
    private int limit;
    private int lineNumber;

    /** Creates a source of the reviews in the stream, which it takes over. */
    JsonLinesSource(ReviewJson json, InputStream in) {
        this.json = Objects.requireNonNull(json, "json");
        // Lines are counted here, as they are split; the reader need not count positions.
        this.reader = new StrictUtf8Reader(Objects.requireNonNull(in, "in"), false);
    }

    @Override
    public Optional<ReviewCycle> next() throws IOException {
        boolean found = readLine();
        @Nullable String invalid = reader.invalid();
        if (invalid != null) {
            throw malformed(new String(line, 0, lineLength), invalid);
        }
        if (!found) {
            return Optional.empty();
        }

        if (isBlank(line, lineLength)) {
            throw new ReviewFormatException("$", lineNumber, 1, "a review object",
                    lineLength == 0 ? "an empty line" : "a line of white space only");
        }
        try {
            // The line is parsed in place: no string is made of it.
            return Optional.of(json.read(line, lineLength));
        } catch (ReviewFormatException e) {
            throw onThisLine(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /**
     * Reads the next line into {@link #line}, without its line end.
     *
     * @return false at the end of the stream, when no character follows the last line end
     */
    private boolean readLine() throws IOException {
        lineLength = 0;
        if (line.length > 16 * BUFFER_SIZE) {
            // A long line read before should not hold its memory for the rest of the stream.
            line = new char[BUFFER_SIZE];
        }
        lineNumber++;
        while (true) {
            if (position == limit) {
                int count = reader.read(buffer, 0, buffer.length);
                if (count < 0) {
                    return lineLength > 0;
                }
                position = 0;
                limit = count;
            }

            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int count = end - position;
            if (lineLength + count > ReviewJson.MAX_DOCUMENT_LENGTH) {
                throw tooLong();
            }
            if (lineLength + count > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
            }
            System.arraycopy(buffer, position, line, lineLength, count);
            lineLength += count;
            if (end < limit) {
                position = end + 1;
                return true;
            }
            position = end;
        }
    }

    /**
     * Returns the error for bad bytes after the text of a line. As for a single document, a
     * problem of the text before them comes first and is reported instead; otherwise the error
     * has the path where the bad bytes stand.
     */
    private ReviewFormatException malformed(String text, String invalid) {
        String path = "$";
        try {
            json.read(text);
        } catch (ReviewFormatException e) {
            boolean atEnd = e.line() < 1 || (e.line() == 1 && e.column() >= text.length());
            if (!atEnd) {
                return onThisLine(e);
            }
            path = e.path();
        }
        return new ReviewFormatException(path, lineNumber, text.length() + 1, "well-formed JSON",
                invalid, "malformed JSON: " + invalid);
    }

    private ReviewFormatException tooLong() {
        long length = ReviewJson.MAX_DOCUMENT_LENGTH;
        return new ReviewFormatException("$", lineNumber, (int) length + 1,
                "a review within the reading limits",
                "a line longer than " + length + " characters",
                "the document exceeds a reading limit: a line longer than " + length
                        + " characters");
    }

    /** Returns the error of a line read as a document, with its position in the stream. */
    private ReviewFormatException onThisLine(ReviewFormatException e) {
        int line = e.line() < 1 ? lineNumber : lineNumber + e.line() - 1;
        ReviewFormatException moved = new ReviewFormatException(e.path(), line, e.column(),
                e.expected(), e.found(), problem(e));
        moved.initCause(e);
        return moved;
    }

    /** Returns the message of the error without its path and position. */
    private static String problem(ReviewFormatException e) {
        String location = e.line() < 1
                ? e.path()
                : e.path() + " (line " + e.line() + ", column " + e.column() + ")";
        String message = Objects.requireNonNullElse(e.getMessage(), "");
        if (message.startsWith(location + ": ")) {
            return message.substring(location.length() + 2);
        }
        return "expected " + e.expected() + ", found " + e.found();
    }

    private static boolean isBlank(char[] text, int length) {
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

}
