package io.github.ismsreview.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.testing.SampleReviews;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewIteratorTest {

    private static final String HEAD =
            "{\"formatVersion\": 1, \"id\": \"MR-%d\", \"edition\": \"iso-iec-27001-2022\"";

    private final ReviewJson json = ReviewJson.create();

    @Test
    void javadocExamples_readWhatWasWritten(@TempDir Path directory) throws IOException {
        Path path = directory.resolve("reviews.jsonl");
        List<ReviewCycle> written = List.of(SampleReviews.complete2022(),
                SampleReviews.complete2005());
        List<ReviewCycle> read = new ArrayList<>();

        try (OutputStream out = Files.newOutputStream(path)) {
            json.writeLines(written.stream()::iterator, out);
        }
        try (ReviewIterator reviews = json.readLines(Files.newInputStream(path))) {
            while (reviews.hasNext()) {
                ReviewCycle review = reviews.next();
                read.add(review);
            }
        }

        assertThat(read).isEqualTo(written);
    }

    @Test
    void readLines_emptyStream_hasNoReviews() throws IOException {
        try (ReviewIterator reviews = json.readLines(stream(""))) {
            assertThat(reviews.hasNext()).isFalse();
            assertThatThrownBy(reviews::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void readLines_whatWriteLinesWrote_givesTheReviews() throws IOException {
        List<ReviewCycle> written = List.of(SampleReviews.complete2022(),
                SampleReviews.complete2005(), SampleReviews.complete2022());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        json.writeLines(written, out);

        assertThat(readAll(json.readLines(new ByteArrayInputStream(out.toByteArray()))))
                .isEqualTo(written);
    }

    @Test
    void writeLines_writesEachReviewCompactOnALineOfItsOwn() throws IOException {
        ReviewCycle review = SampleReviews.complete2022();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        json.writeLines(List.of(review, review), out);

        String text = out.toString(StandardCharsets.UTF_8);
        String compact = json.write(review).lines().map(String::strip)
                .collect(Collectors.joining()).replace("\": ", "\":");
        assertThat(text).isEqualTo(compact + "\n" + compact + "\n");
    }

    @Test
    void writeLines_nothing_writesNothing() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        json.writeLines(List.of(), out);

        assertThat(out.size()).isZero();
    }

    @Test
    void writeLines_aNullReview_writesTheReviewsBeforeAndNamesItsIndex() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<ReviewCycle> reviews = new ArrayList<>();
        reviews.add(SampleReviews.complete2022());
        reviews.add(null);

        assertThatThrownBy(() -> json.writeLines(reviews, out))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("review 1 of the reviews is null");
        assertThat(out.toString(StandardCharsets.UTF_8)).hasLineCount(1).endsWith("}\n");
    }

    @Test
    void readLines_badThirdOfFiveLines_deliversTwoAndNamesTheLine() throws IOException {
        List<String> lines = lines(5);
        lines.set(2, lines.get(2).replace("}", ", \"heldOn\": \"2026-02-30\"}"));

        try (ReviewIterator reviews = json.readLines(stream(String.join("\n", lines)))) {
            assertThat(reviews.next().id()).isEqualTo("MR-0");
            assertThat(reviews.next().id()).isEqualTo("MR-1");

            ReviewFormatException e = catchThrowableOfType(ReviewFormatException.class,
                    reviews::hasNext);

            assertThat(e.getMessage()).isEqualTo("$.heldOn (line 3, column 79): expected a date"
                    + " as YYYY-MM-DD, found \"2026-02-30\"");
            assertThat(e.line()).isEqualTo(3);
            assertThat(reviews.hasNext()).isFalse();
            assertThatThrownBy(reviews::next).isInstanceOf(NoSuchElementException.class)
                    .hasMessage("no more reviews; 2 were delivered");
        }
    }

    @Test
    void readLines_aMessageInWordsOfItsOwn_keepsItsWords() {
        String text = lines(1).get(0) + "\n{\"formatVersion\": 2}\n";

        ReviewFormatException e = failure(json.readLines(stream(text)), 1);

        assertThat(e.getMessage()).isEqualTo("$.formatVersion (line 2, column 19): this document"
                + " has format version 2; this library reads format version 1 only");
    }

    @Test
    void readLines_malformedLine_namesTheLine() {
        String text = lines(1).get(0) + "\n{\"formatVersion\": 1,\n";

        ReviewFormatException e = failure(json.readLines(stream(text)), 1);

        assertThat(e.getMessage()).isEqualTo("$.formatVersion (line 2, column 21): malformed"
                + " JSON: Unexpected end-of-input within/between Object entries");
    }

    @Test
    void readLines_twoReviewsOnOneLine_isRefused() {
        String line = lines(1).get(0);

        ReviewFormatException e = failure(json.readLines(stream(line + " " + line)), 0);

        assertThat(e.expected()).isEqualTo("the end of the document");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void readLines_lastLineWithoutLineEndAndWindowsLineEnds_areRead() throws IOException {
        String text = String.join("\r\n", lines(3));

        assertThat(readAll(json.readLines(stream(text)))).extracting(ReviewCycle::id)
                .containsExactly("MR-0", "MR-1", "MR-2");
    }

    @Test
    void readLines_blankLine_isRefusedWithItsLine() {
        String text = String.join("\n", lines(2)) + "\n\n";

        ReviewFormatException e = failure(json.readLines(stream(text)), 2);

        assertThat(e.getMessage())
                .isEqualTo("$ (line 3, column 1): expected a review object, found an empty line");
    }

    @Test
    void readLines_lineOfWhiteSpace_isRefused() {
        ReviewFormatException e = failure(json.readLines(stream(" \t\r\n")), 0);

        assertThat(e.found()).isEqualTo("a line of white space only");
    }

    @Test
    void readLines_badBytesOnTheThirdLine_deliverTwoAndNameTheLine() {
        byte[] bytes = withBadBytes(String.join("\n", lines(2)) + "\n"
                + String.format(HEAD, 2) + ", \"organization\": \"Exa", "mple\"}\n");

        ReviewFormatException e = failure(json.readLines(new ByteArrayInputStream(bytes)), 2);

        assertThat(e.path()).isEqualTo("$.organization");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(89);
        assertThat(e.found()).isEqualTo("bytes that are not valid UTF-8 at byte offset 224:"
                + " 0xC0");
    }

    @Test
    void readLines_aProblemBeforeBadBytes_isReportedFirst() {
        byte[] bytes = withBadBytes(String.format(HEAD, 0) + ", \"heldOn\": \"never\", \"x\": \"",
                "\"}");

        ReviewFormatException e = failure(json.readLines(new ByteArrayInputStream(bytes)), 0);

        assertThat(e.path()).isEqualTo("$.heldOn");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void readLines_badBytesAfterTheReviewOnItsLine_areRefused() {
        byte[] bytes = withBadBytes(lines(1).get(0), "\n");

        ReviewFormatException e = failure(json.readLines(new ByteArrayInputStream(bytes)), 0);

        assertThat(e.path()).isEqualTo("$");
        assertThat(e.getMessage()).contains("malformed JSON: bytes that are not valid UTF-8");
    }

    @Test
    void readLines_byteOrderMark_isDropped() throws IOException {
        String text = "\uFEFF" + String.join("\n", lines(2));

        assertThat(readAll(json.readLines(stream(text)))).hasSize(2);
    }

    @Test
    void readLines_utf16_isRefused() {
        byte[] bytes = lines(1).get(0).getBytes(StandardCharsets.UTF_16);

        ReviewFormatException e = failure(json.readLines(new ByteArrayInputStream(bytes)), 0);

        assertThat(e.found()).startsWith("bytes that are not valid UTF-8 at byte offset 0");
    }

    @Test
    void readLines_elementLimit_appliesToEachReview() throws IOException {
        String three = String.join("\n", reviewWithItems(0, 6_000, 1),
                reviewWithItems(1, 6_000, 1), reviewWithItems(2, 6_000, 1));
        String tooMany = reviewWithItems(0, 1, 1) + "\n"
                + reviewWithItems(1, ReviewJson.MAX_ELEMENTS + 1, 1);

        assertThat(readAll(json.readLines(stream(three)))).hasSize(3);
        ReviewFormatException e = failure(json.readLines(stream(tooMany)), 1);
        assertThat(e.path()).isEqualTo("$.protocol.agreedItems[10000]");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void readLines_lengthLimit_appliesToEachReview() throws IOException {
        int item = ReviewJson.MAX_STRING_LENGTH;
        String three = String.join("\n", reviewWithItems(0, 6, item),
                reviewWithItems(1, 6, item), reviewWithItems(2, 6, item));
        String tooLong = reviewWithItems(0, 1, 1) + "\n" + reviewWithItems(1, 17, item);

        assertThat(three.length()).isGreaterThan((int) ReviewJson.MAX_DOCUMENT_LENGTH);
        assertThat(readAll(json.readLines(stream(three)))).hasSize(3);
        ReviewFormatException e = failure(json.readLines(stream(tooLong)), 1);
        assertThat(e.getMessage()).isEqualTo("$ (line 2, column 16777217): the document exceeds"
                + " a reading limit: a line longer than 16777216 characters");
    }

    @Test
    void readLines_close_closesTheStream() throws IOException {
        ClosingStream in = new ClosingStream(String.join("\n", lines(3)));
        ReviewIterator reviews = json.readLines(in);
        reviews.next();

        reviews.close();
        reviews.close();

        assertThat(in.closes).isEqualTo(1);
        assertThat(reviews.hasNext()).isFalse();
    }

    @Test
    void stream_close_closesTheStream() {
        ClosingStream in = new ClosingStream(String.join("\n", lines(3)));

        try (Stream<ReviewCycle> reviews = json.readLines(in).stream()) {
            assertThat(reviews.map(ReviewCycle::id)).containsExactly("MR-0", "MR-1", "MR-2");
        }

        assertThat(in.closes).isEqualTo(1);
    }

    @Test
    void readLines_unreadableStream_throwsUncheckedIoException() {
        ReviewIterator reviews = json.readLines(new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        });

        assertThatThrownBy(reviews::hasNext).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("disk gone");
        assertThat(reviews.hasNext()).isFalse();
    }

    @Test
    void readArray_emptyArray_hasNoReviews() throws IOException {
        assertThat(readAll(json.readArray(stream(" [ ] \n")))).isEmpty();
    }

    @Test
    void readArray_emptyStream_isRefused() {
        ReviewFormatException e = failure(json.readArray(stream("")), 0);

        assertThat(e.getMessage()).isEqualTo("$ (line 1, column 1): expected an array of"
                + " reviews, found the end of the input");
    }

    @Test
    void readArray_anObject_isRefused() {
        ReviewFormatException e = failure(json.readArray(stream(lines(1).get(0))), 0);

        assertThat(e.found()).isEqualTo("an object");
    }

    @Test
    void readArray_whatWriteArrayWrote_givesTheReviews() throws IOException {
        List<ReviewCycle> written = List.of(SampleReviews.complete2022(),
                SampleReviews.complete2005());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        json.writeArray(written, out);

        assertThat(readAll(json.readArray(new ByteArrayInputStream(out.toByteArray()))))
                .isEqualTo(written);
    }

    @Test
    void writeArray_writesEachReviewInTheCanonicalFormIndented() throws IOException {
        ReviewCycle review = SampleReviews.complete2022();
        String indented = json.write(review).lines().map(line -> "  " + line)
                .collect(Collectors.joining("\n"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        json.writeArray(List.of(review, review), out);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("[\n" + indented + ",\n" + indented + "\n]\n");
    }

    @Test
    void writeArray_nothing_writesAnEmptyArray() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        json.writeArray(Collections.emptyList(), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[]\n");
    }

    @Test
    void writeArray_aNullReview_leavesTheArrayOpen() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<ReviewCycle> reviews = new ArrayList<>();
        reviews.add(SampleReviews.complete2022());
        reviews.add(null);

        assertThatThrownBy(() -> json.writeArray(reviews, out))
                .isInstanceOf(NullPointerException.class);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("[").endsWith("}");
    }

    @Test
    void readArray_badThirdOfFive_deliversTwoAndNamesTheIndex() {
        List<String> elements = lines(5);
        elements.set(2, elements.get(2).replace("}", ", \"heldOn\": \"2026-02-30\"}"));
        String text = "[" + String.join(",\n", elements) + "]";

        ReviewFormatException e = failure(json.readArray(stream(text)), 2);

        assertThat(e.getMessage()).isEqualTo("$[2].heldOn (line 3, column 79): expected a date"
                + " as YYYY-MM-DD, found \"2026-02-30\"");
    }

    @Test
    void readArray_nullElement_isRefused() {
        String text = "[" + lines(1).get(0) + ", null]";

        ReviewFormatException e = failure(json.readArray(stream(text)), 1);

        assertThat(e.path()).isEqualTo("$[1]");
        assertThat(e.found()).isEqualTo("null");
    }

    @Test
    void readArray_missingComma_deliversTheReviewBefore() {
        String text = "[" + String.join(" ", lines(2)) + "]";

        ReviewFormatException e = failure(json.readArray(stream(text)), 1);

        assertThat(e.getMessage()).contains("malformed JSON", "was expecting comma");
    }

    @Test
    void readArray_contentAfterTheArray_isRefusedAfterTheReviews() {
        String text = "[" + String.join(",", lines(2)) + "] []";

        ReviewFormatException e = failure(json.readArray(stream(text)), 2);

        assertThat(e.expected()).isEqualTo("the end of the document");
        assertThat(e.found()).isEqualTo("an array");
    }

    @Test
    void readArray_unclosedArray_isRefusedAfterTheReviews() {
        ReviewFormatException e = failure(json.readArray(stream("[" + lines(1).get(0))), 1);

        assertThat(e.getMessage()).contains("malformed JSON");
    }

    @Test
    void readArray_badBytesInTheSecondReview_deliverTheFirstAndNameThePath() {
        byte[] bytes = withBadBytes("[" + lines(1).get(0) + ",\n" + String.format(HEAD, 1)
                + ", \"organization\": \"Exa", "mple\"}]");

        ReviewFormatException e = failure(json.readArray(new ByteArrayInputStream(bytes)), 1);

        assertThat(e.path()).isEqualTo("$[1].organization");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(89);
        assertThat(e.getMessage()).contains("malformed JSON: bytes that are not valid UTF-8 at"
                + " byte offset 158: 0xC0");
    }

    @Test
    void readArray_elementLimit_appliesToEachReview() throws IOException {
        String three = "[" + String.join(",", reviewWithItems(0, 6_000, 1),
                reviewWithItems(1, 6_000, 1), reviewWithItems(2, 6_000, 1)) + "]";
        String tooMany = "[" + reviewWithItems(0, 1, 1) + ","
                + reviewWithItems(1, ReviewJson.MAX_ELEMENTS + 1, 1) + "]";

        assertThat(readAll(json.readArray(stream(three)))).hasSize(3);
        ReviewFormatException e = failure(json.readArray(stream(tooMany)), 1);
        assertThat(e.path()).isEqualTo("$[1].protocol.agreedItems[10000]");
    }

    @Test
    void readArray_lengthLimit_appliesToEachReview() throws IOException {
        int item = ReviewJson.MAX_STRING_LENGTH;
        String three = "[" + String.join(",", reviewWithItems(0, 6, item),
                reviewWithItems(1, 6, item), reviewWithItems(2, 6, item)) + "]";
        String tooLong = "[" + reviewWithItems(0, 1, 1) + ","
                + reviewWithItems(1, 17, item) + "]";

        assertThat(three.length()).isGreaterThan((int) ReviewJson.MAX_DOCUMENT_LENGTH);
        assertThat(readAll(json.readArray(stream(three)))).hasSize(3);
        ReviewFormatException e = failure(json.readArray(stream(tooLong)), 1);
        assertThat(e.path()).startsWith("$[1].protocol.agreedItems[");
        assertThat(e.getMessage()).contains("the document exceeds a reading limit: a review in"
                + " the array is longer than 16777216 characters");
    }

    @Test
    void readArray_close_closesTheStream() throws IOException {
        ClosingStream in = new ClosingStream("[" + String.join(",", lines(3)) + "]");

        try (ReviewIterator reviews = json.readArray(in)) {
            reviews.next();
        }

        assertThat(in.closes).isEqualTo(1);
    }

    private static List<String> lines(int count) {
        return IntStream.range(0, count).mapToObj(i -> String.format(HEAD, i) + "}")
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static String reviewWithItems(int id, int items, int itemLength) {
        String item = "\"" + "a".repeat(itemLength) + "\"";
        return String.format(HEAD, id) + ", \"protocol\": {\"agreedItems\": ["
                + String.join(",", Collections.nCopies(items, item)) + "]}}";
    }

    private static byte[] withBadBytes(String before, String after) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC0, (byte) 0x8A});
        bytes.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<ReviewCycle> readAll(ReviewIterator reviews) throws IOException {
        try (reviews) {
            List<ReviewCycle> read = new ArrayList<>();
            reviews.forEachRemaining(read::add);
            return read;
        }
    }

    /** Reads the reviews until reading fails, checks how many came before, returns the error. */
    private static ReviewFormatException failure(ReviewIterator reviews, int deliveredBefore) {
        List<ReviewCycle> read = new ArrayList<>();
        ReviewFormatException e = catchThrowableOfType(ReviewFormatException.class,
                () -> reviews.forEachRemaining(read::add));
        assertThat(e).as("the error after %d reviews", deliveredBefore).isNotNull();
        assertThat(read).extracting(ReviewCycle::id).containsExactlyElementsOf(
                IntStream.range(0, deliveredBefore).mapToObj(i -> "MR-" + i)
                        .collect(Collectors.toList()));
        assertThat(reviews.hasNext()).isFalse();
        return e;
    }

    /** A stream of text that counts how often it is closed. */
    private static final class ClosingStream extends ByteArrayInputStream {

        int closes;

        ClosingStream(String text) {
            super(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void close() {
            closes++;
        }
    }
}
