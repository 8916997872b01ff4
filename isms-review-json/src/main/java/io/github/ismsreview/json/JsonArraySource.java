package io.github.ismsreview.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.ismsreview.json.deser.ReviewCycleDeserializer;
import io.github.ismsreview.model.ReviewCycle;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the reviews of a stream that holds one JSON array of reviews, in UTF-8, with one parser.
 *
 * <p>The parser has no limit on the length of the whole document; instead each review, counted
 * with the comma and white space before it, is held to {@link ReviewJson#MAX_DOCUMENT_LENGTH}
 * characters here, and to the other per-document limits by the reader of the review.
 *
 * <p>Bad bytes and an overlong review both end the parser's input where they start, so that
 * the parser fails there with an exact position; the failure is then reported for what it is.
 */
final class JsonArraySource implements ReviewIterator.Source {

    private final ReviewCycleDeserializer deserializer = new ReviewCycleDeserializer();
    private final StrictUtf8Reader decoder;
    private final ReviewLength length;
    private final JsonParser parser;

    /**
     * Creates a source of the reviews in the stream, which it takes over.
     *
     * @param factory makes the parser; it has the limits of a single document except the
     *     length of the whole, and one more level of nesting for the array
     */
    JsonArraySource(JsonFactory factory, InputStream in) throws IOException {
        this.decoder = new StrictUtf8Reader(Objects.requireNonNull(in, "in"));
        this.length = new ReviewLength(decoder);
        this.parser = factory.createParser(length);
    }

    @Override
    public Optional<ReviewCycle> next() throws IOException {
        length.startReview(parser.currentLocation().getCharOffset());
        Optional<ReviewCycle> review;
        try {
            review = deserializer.readArrayElement(parser);
        } catch (ReviewFormatException e) {
            throw whatEndedTheInput(e);
        }
        if (review.isEmpty() && decoder.invalid() != null) {
            throw whatEndedTheInput(null);
        }
        return review;
    }

    @Override
    public void close() throws IOException {
        try {
            parser.close();
        } finally {
            length.close();
        }
    }

    /**
     * Returns the error to report for a failure of the parser, or for bad bytes after the
     * array: a review that is too long, or bad bytes where the input ended at them; but a
     * problem of the text before the bad bytes comes first, as it does for a single document.
     */
    private ReviewFormatException whatEndedTheInput(@Nullable ReviewFormatException e) {
        long longest = ReviewJson.MAX_DOCUMENT_LENGTH;
        if (e != null && length.exceeded()) {
            ReviewFormatException tooLong = new ReviewFormatException(e.path(), e.line(),
                    e.column(), "a review within the reading limits",
                    "a review longer than " + longest + " characters",
                    "the document exceeds a reading limit: a review in the array is longer than "
                            + longest + " characters");
            tooLong.initCause(e);
            return tooLong;
        }

        String invalid = decoder.invalid();
        if (invalid == null) {
            return Objects.requireNonNull(e, "e");
        }
        int line = decoder.line();
        int column = decoder.column();
        boolean atEnd = e == null || e.line() < 1 || e.line() > line
                || (e.line() == line && e.column() >= column - 1);
        if (!atEnd) {
            return e;
        }
        return new ReviewFormatException(e == null ? "$" : e.path(), line, column,
                "well-formed JSON", invalid, "malformed JSON: " + invalid);
    }

    /**
     * Passes on the characters of a review, but no more than the longest document allows from
     * where the review starts: then it ends the input. The parser reads ahead by its buffer, so
     * the count runs from where the parser stood when the review started, never from what it
     * had merely buffered.
     */
    private static final class ReviewLength extends Reader {

        private final Reader in;
        private long passed;
        private long allowed = ReviewJson.MAX_DOCUMENT_LENGTH;
        private boolean exceeded;

        ReviewLength(Reader in) {
            this.in = in;
        }

        /** Starts counting a review at the given character offset of the stream. */
        void startReview(long offset) {
            allowed = offset + ReviewJson.MAX_DOCUMENT_LENGTH;
        }

        /** Checks whether the input was ended because a review is too long. */
        boolean exceeded() {
            return exceeded;
        }

        @Override
        public int read(char[] buffer, int offset, int count) throws IOException {
            if (count == 0) {
                return 0;
            }
            long left = allowed - passed;
            if (left <= 0) {
                exceeded = true;
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(count, left));
            if (read > 0) {
                passed += read;
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
