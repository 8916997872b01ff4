package io.github.ismsreview.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.ismsreview.model.ReviewCycle;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * Checks each reading limit of {@link ReviewJson} from both sides: a document just over it is
 * refused with a {@link ReviewFormatException}, and one just at it is read where the format
 * allows such a document at all. The limits' far sides (huge strings, numbers and documents)
 * are in {@code ReviewJsonStrictReadingTest} and {@code ReviewJsonHostileInputTest}. The timeout
 * only guards against a hang; it measures nothing.
 */
class ReviewJsonReadingLimitsTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(5);

    private static final String HEAD =
            "{\"formatVersion\": 1, \"id\": \"MR\", \"edition\": \"iso-iec-27001-2022\"";

    private final ReviewJson json = ReviewJson.create();

    @Test
    void nestingJustOverTheLimit_isRefused() {
        // The review object is one level; no valid document nests deeper than a few levels, so
        // the limit can only be met inside a value that is refused anyway.
        int arrays = ReviewJson.MAX_NESTING_DEPTH;
        String deep = "[".repeat(arrays) + "]".repeat(arrays);

        ReviewFormatException e = refused("{\"extra\": " + deep + ", \"formatVersion\": 1}");

        assertThat(e.path()).isEqualTo("$.extra");
    }

    @Test
    void stringAtTheLimit_isRead() {
        String organization = "x".repeat(ReviewJson.MAX_STRING_LENGTH);

        ReviewCycle review = read(HEAD + ", \"organization\": \"" + organization + "\"}");

        assertThat(review.organization()).hasValue(organization);
    }

    @Test
    void propertyNameJustOverTheLimit_isRefusedAsALimit() {
        String name = "n".repeat(ReviewJson.MAX_NAME_LENGTH + 1);

        ReviewFormatException e = refused(HEAD + ", \"" + name + "\": 1}");

        assertThat(e.expected()).isEqualTo("a document within the reading limits");
        assertThat(e.getMessage()).contains("Name length");
    }

    @Test
    void propertyNameAtTheLimit_isRefusedOnlyAsUnknown() {
        String name = "n".repeat(ReviewJson.MAX_NAME_LENGTH);

        ReviewFormatException e = refused(HEAD + ", \"" + name + "\": 1}");

        assertThat(e.expected()).isNotEqualTo("a document within the reading limits");
        assertThat(e.found()).contains("(1000 characters)");
    }

    @Test
    void numberJustOverTheLimit_isRefusedAsALimit() {
        String version = "1" + "0".repeat(ReviewJson.MAX_NUMBER_LENGTH);

        ReviewFormatException e = refused("{\"formatVersion\": " + version + "}");

        assertThat(e.expected()).isEqualTo("a document within the reading limits");
        assertThat(e.found()).contains("Number value length (101)");
    }

    @Test
    void numberAtTheLimit_isRefusedOnlyAsAnUnknownVersion() {
        String version = "1" + "0".repeat(ReviewJson.MAX_NUMBER_LENGTH - 1);

        ReviewFormatException e = refused("{\"formatVersion\": " + version + "}");

        assertThat(e.expected()).isEqualTo("format version 1");
        assertThat(e.getMessage()).contains("this library reads format version 1 only");
    }

    @Test
    void amountJustOverTheLimit_isRefused() {
        String amount = "1." + "5".repeat(ReviewJson.MAX_DECIMAL_LENGTH - 1);

        ReviewFormatException e = refused(budget(amount));

        assertThat(e.path()).isEqualTo("$.decisions[0].resources.budget.amount");
    }

    @Test
    void amountAtTheLimit_isRead() {
        String amount = "1." + "5".repeat(ReviewJson.MAX_DECIMAL_LENGTH - 2);

        ReviewCycle review = read(budget(amount));

        assertThat(review.decisions().get(0).resources().orElseThrow().budget().orElseThrow()
                .amount().toPlainString()).isEqualTo(amount);
    }

    @Test
    void elementsJustOverTheLimit_areRefused() {
        ReviewFormatException e = refused(agreedItems(ReviewJson.MAX_ELEMENTS + 1));

        assertThat(e.path()).isEqualTo("$.protocol.agreedItems[10000]");
        assertThat(e.expected()).isEqualTo("at most 10000 array elements in a document");
    }

    @Test
    void elementsAtTheLimit_areRead() {
        ReviewCycle review = read(agreedItems(ReviewJson.MAX_ELEMENTS));

        assertThat(review.protocol().orElseThrow().agreedItems())
                .hasSize(ReviewJson.MAX_ELEMENTS);
    }

    @Test
    void documentJustOverTheLimit_isRefused() {
        ReviewFormatException e = refused(padded(ReviewJson.MAX_DOCUMENT_LENGTH + 1));

        assertThat(e.getMessage()).contains("exceeds a reading limit", "Document length");
    }

    @Test
    void documentAtTheLimit_isRead() {
        String document = padded(ReviewJson.MAX_DOCUMENT_LENGTH);

        assertThat(document).hasSize((int) ReviewJson.MAX_DOCUMENT_LENGTH);
        assertThat(read(document).id()).isEqualTo("MR");
    }

    private static String budget(String amount) {
        return HEAD + ", \"decisions\": [{\"resources\": {\"budget\": {\"amount\": \"" + amount
                + "\", \"currency\": \"EUR\"}}}]}";
    }

    private static String agreedItems(int count) {
        return HEAD + ", \"protocol\": {\"agreedItems\": ["
                + String.join(",", Collections.nCopies(count, "\"i\"")) + "]}}";
    }

    /** Returns a minimal review padded with spaces to the given number of characters. */
    private static String padded(long length) {
        String end = "}";
        return HEAD + " ".repeat((int) (length - HEAD.length() - end.length())) + end;
    }

    private ReviewCycle read(String document) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> json.read(document));
    }

    private ReviewFormatException refused(String document) {
        ReviewFormatException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> catchThrowableOfType(ReviewFormatException.class,
                        () -> json.read(document)));
        assertThat(e).as("refusal of a document of %d characters", document.length()).isNotNull();
        return e;
    }
}
