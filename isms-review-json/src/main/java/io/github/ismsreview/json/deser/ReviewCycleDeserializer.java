package io.github.ismsreview.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.ismsreview.json.ReviewFormatException;
import io.github.ismsreview.model.ReviewCycle;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads a {@link ReviewCycle} in the isms-review JSON format, version 1, with the streaming
 * {@link JsonParser}: no tree model, no default typing.
 *
 * <p>Reading is strict. Unknown and duplicate properties, {@code null}, values of the wrong
 * type, malformed dates, date-times and amounts, unknown enum values, editions and currencies,
 * missing required properties and a format version other than 1 are all refused with a
 * {@link ReviewFormatException} that names the JSON path, the line and column, what was expected
 * and what was found. The document is read whole or not at all.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class ReviewCycleDeserializer extends StdDeserializer<ReviewCycle> {

    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public ReviewCycleDeserializer() {
        super(ReviewCycle.class);
    }

    /**
     * Reads the review whose first token the parser stands on.
     *
     * @throws ReviewFormatException if the review breaks the format
     * @throws IOException if the underlying input cannot be read
     */
    @Override
    public ReviewCycle deserialize(JsonParser parser, DeserializationContext context)
            throws IOException {
        return new ReviewReader(parser).readReview();
    }

    /**
     * Refuses a review that is JSON {@code null}; the format accepts {@code null} nowhere.
     *
     * @throws ReviewFormatException always
     */
    @Override
    public ReviewCycle getNullValue(DeserializationContext context) {
        JsonParser parser = context.getParser();
        if (parser == null) {
            throw new ReviewFormatException("$", -1, -1, "a review object", "null");
        }
        throw ReviewReader.nullReview(parser);
    }

    /**
     * Reads a whole document from a parser that has not read anything yet: one review and
     * nothing after it but white space.
     *
     * @throws ReviewFormatException if the document is not one review in the format
     * @throws IOException if the underlying input cannot be read
     */
    public ReviewCycle readDocument(JsonParser parser) throws IOException {
        return new ReviewReader(parser).readDocument();
    }

    /**
     * Reads the next review of a document that is a JSON array of reviews, from a parser that
     * has not read anything yet or that stands on the last token of the review read before.
     * Each review is read as strictly as a whole document and held to the per-document limits
     * on its own; its path starts with its index, as in {@code $[16].heldOn}.
     *
     * @return the review, or empty after the closing bracket of the array, which nothing but
     *     white space may follow
     * @throws ReviewFormatException if the document is not an array, or the review breaks the
     *     format
     * @throws IOException if the underlying input cannot be read
     */
    public Optional<ReviewCycle> readArrayElement(JsonParser parser) throws IOException {
        return new ReviewReader(parser).readArrayElement();
    }

    /** Returns {@code true}: the deserializer keeps no state and can be cached. */
    @Override
    public boolean isCachable() {
        return true;
    }
}
