package io.github.ismsreview.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arrays;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.testing.ReviewGens;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Splitting JSON Lines in the bytes, and decoding each line strictly. */
class JsonLinesSourceTest {

    private static final String HEAD =
            "{\"formatVersion\": 1, \"id\": \"MR-%d\", \"edition\": \"iso-iec-27001-2022\"";

    private final ReviewJson json = ReviewJson.create();

    @Test
    void indexOfLineEnd_findsTheFirstLineEndAsAPlainScanDoes() {
        qt().withExamples(2_000)
                .forAll(arrays().ofIntegers(integers().between(0, 12)).withLengthBetween(0, 40),
                        integers().between(0, 40), integers().between(0, 40))
                .checkAssert((values, a, b) -> {
                    byte[] bytes = new byte[values.length];
                    for (int i = 0; i < values.length; i++) {
                        // Bytes near the line end, where a wrong borrow would show.
                        bytes[i] = (byte) (values[i] == 12 ? 0x8A : values[i]);
                    }
                    int from = Math.min(Math.min(a, b), bytes.length);
                    int to = Math.min(Math.max(a, b), bytes.length);

                    assertThat(JsonLinesSource.indexOfLineEnd(bytes, from, to))
                            .isEqualTo(plainIndexOfLineEnd(bytes, from, to));
                });
    }

    @Test
    void readLines_mutatedLine_givesWhatReadingItsTextGives() {
        Gen<Integer> positions = Generate.range(0, Integer.MAX_VALUE);
        qt().withExamples(3_000)
                .forAll(ReviewGens.reviews(), Generate.range(0, 2), positions, positions)
                .checkAssert((review, kind, position, choice) -> {
                    String line = escapeNonAscii(json.write(review).replace("\n", ""));
                    String mutated = mutate(line, kind, position, choice);
                    Object single = outcome(() -> json.read(mutated));

                    Object streamed = outcome(() -> readAll(
                            stream(mutated.getBytes(StandardCharsets.UTF_8))).get(0));

                    assertThat(streamed).as("the line %s", mutated).isEqualTo(single);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"C0 8A", "C1 BF", "E0 80 80", "ED A0 80", "F4 90 80 80", "F8 88",
            "80", "BF", "FE", "FF", "E2 82", "F0 9F 98"})
    void readLines_badBytes_areReportedAsASingleDocumentReportsThem(String hex) throws IOException {
        byte[] line = concat(String.format(HEAD, 0) + ", \"organization\": \"Exa",
                bytes(hex), "mple\"}");
        ReviewFormatException single = catchThrowableOfType(ReviewFormatException.class,
                () -> json.read(new ByteArrayInputStream(line)));

        ReviewFormatException streamed = failure(concat(lines(2), line, "\n"), 2);

        assertThat(single).isNotNull();
        assertThat(streamed.found()).startsWith("bytes that are not valid UTF-8 at byte offset "
                + (lines(2).getBytes(StandardCharsets.UTF_8).length + 88));
        assertThat(streamed.found()).endsWith(single.found().substring(
                single.found().indexOf(':')));
        assertThat(streamed.path()).isEqualTo(single.path()).isEqualTo("$.organization");
        assertThat(streamed.line()).isEqualTo(3);
        assertThat(streamed.column()).isEqualTo(single.column());
    }

    @Test
    void readLines_carriageReturnsInsideALine_leaveTheErrorOnItsLineOfTheStream() {
        String text = String.format(HEAD, 0) + "}\r\n{\"formatVersion\": 1,\r\r \"id\": \"B\"\r\n"
                + String.format(HEAD, 2) + "}\r\n";

        ReviewFormatException e = failure(text.getBytes(StandardCharsets.UTF_8), 1);

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(34);
        assertThat(e.getMessage()).startsWith("$.id (line 2, column 34): malformed JSON:")
                .contains("start marker at line 2, column 1");
    }

    @Test
    void readLines_badBytesAfterACarriageReturn_areReported() {
        byte[] bytes = concat("{\"formatVersion\": 1,\r\"id\": \"MR", bytes("FF"), "\"}\n");

        ReviewFormatException e = failure(bytes, 0);

        assertThat(e.found()).isEqualTo("bytes that are not valid UTF-8 at byte offset 30: 0xFF");
        assertThat(e.path()).isEqualTo("$.id");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(31);
    }

    @Test
    void readLines_aReplacementCharacterWrittenAsSuch_isRead() throws IOException {
        String text = String.format(HEAD, 0) + ", \"organization\": \"Ex\uFFFDmple\"}";

        List<ReviewCycle> read = readAll(stream(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(read).singleElement()
                .satisfies(review -> assertThat(review.organization()).hasValue("Ex\uFFFDmple"));
    }

    @Test
    void readLines_byteByByteWithLinesLongerThanTheBuffer_readsAsAWhole() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            lines.add(reviewWithItems(i, 10 + i, 9_999));
        }
        byte[] whole = ("\uFEFF" + String.join("\r\n", lines)).getBytes(StandardCharsets.UTF_8);

        List<ReviewCycle> trickled = readAll(new ByteByByte(whole));

        assertThat(trickled).extracting(ReviewCycle::id)
                .containsExactly("MR-0", "MR-1", "MR-2", "MR-3");
        assertThat(trickled.equals(readAll(new ByteArrayInputStream(whole))))
                .as("the reviews read byte by byte equal those read at once").isTrue();
        assertThat(trickled.get(3).protocol().orElseThrow().agreedItems()).hasSize(13);
    }

    @Test
    void readLines_badBytesInALineLongerThanTheBuffer_haveTheirStreamOffset() {
        String before = lines(1) + reviewWithItems(1, 10, 9_999).replace("]}}", "]}")
                + ", \"organization\": \"Exa";
        byte[] bytes = concat(before, bytes("C0 8A"), "mple\"}");

        ReviewFormatException e = failure(bytes, 1);

        assertThat(e.found()).isEqualTo("bytes that are not valid UTF-8 at byte offset "
                + before.length() + ": 0xC0");
        assertThat(e.path()).isEqualTo("$.organization");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(before.length() - lines(1).length() + 1);
    }

    @Test
    void readLines_lineOverTheLimitInBytesButNotInCharacters_isRead() throws IOException {
        // 16 strings of a million two-byte characters: about 32 MB, but 16,000,150 characters.
        String item = "\"" + "\u00e9".repeat(ReviewJson.MAX_STRING_LENGTH) + "\"";
        String line = String.format(HEAD, 0) + ", \"protocol\": {\"agreedItems\": ["
                + String.join(",", Collections.nCopies(16, item)) + "]}}";
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);

        assertThat((long) bytes.length).isGreaterThan(ReviewJson.MAX_DOCUMENT_LENGTH);
        assertThat((long) line.length()).isLessThanOrEqualTo(ReviewJson.MAX_DOCUMENT_LENGTH);
        assertThat(readAll(stream(bytes))).singleElement()
                .satisfies(review -> assertThat(review.protocol().orElseThrow().agreedItems())
                        .hasSize(16));
    }

    @Test
    void readLines_badBytesEarlyInALineOverTheLimit_areReportedBeforeItsLength() {
        String before = String.format(HEAD, 0) + ", \"organization\": \"Exa";
        byte[] bytes = concat(before, bytes("C0 8A"),
                "mple\", \"x\": \"" + "a".repeat((int) ReviewJson.MAX_DOCUMENT_LENGTH) + "\"}");

        ReviewFormatException e = failure(bytes, 0);

        assertThat(e.found()).isEqualTo("bytes that are not valid UTF-8 at byte offset "
                + before.length() + ": 0xC0");
        assertThat(e.path()).isEqualTo("$.organization");
    }

    @Test
    void readLines_badBytesAfterTheLimit_leaveTheLineTooLong() {
        String before = String.format(HEAD, 0) + ", \"x\": \""
                + "a".repeat((int) ReviewJson.MAX_DOCUMENT_LENGTH);
        byte[] bytes = concat(before, bytes("C0 8A"), "\"}");

        ReviewFormatException e = failure(bytes, 0);

        assertThat(e.getMessage()).isEqualTo("$ (line 1, column 16777217): the document"
                + " exceeds a reading limit: a line longer than 16777216 characters");
    }

    @Test
    void readLines_endlessBadBytesAfterALongValidStart_areRefusedWithoutReadingOn() {
        InputStream endless = new InputStream() {
            private long position;

            @Override
            public int read() {
                // 17 MB of spaces, then continuation bytes without end.
                return position++ < 17_000_000 ? ' ' : 0x80;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                for (int i = 0; i < length; i++) {
                    buffer[offset + i] = (byte) read();
                }
                return length;
            }
        };

        List<ReviewCycle> read = new ArrayList<>();
        ReviewFormatException e = catchThrowableOfType(ReviewFormatException.class,
                () -> json.readLines(endless).forEachRemaining(read::add));

        assertThat(read).isEmpty();
        assertThat(e.getMessage()).isEqualTo("$ (line 1, column 16777217): the document exceeds"
                + " a reading limit: a line longer than 16777216 characters");
    }

    @Test
    void readLines_endlessContinuationBytes_areRefusedAtTheFirst() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 0x80;
            }
        };

        List<ReviewCycle> read = new ArrayList<>();
        ReviewFormatException e = catchThrowableOfType(ReviewFormatException.class,
                () -> json.readLines(endless).forEachRemaining(read::add));

        assertThat(read).isEmpty();
        assertThat(e.found()).isEqualTo("bytes that are not valid UTF-8 at byte offset 0: 0x80");
    }

    /** Drops a character, or puts a character of JSON's syntax or a control character in. */
    private static String mutate(String line, int kind, int position, int choice) {
        int at = position % (line.length() + 1);
        if (kind == 0) {
            return at == line.length()
                    ? line.substring(0, at - 1) : line.substring(0, at) + line.substring(at + 1);
        }
        String noise = kind == 1 ? "{}[]:,\"\\0-e.tfn " : "\u0000\u0001\t\r\u001f\u007f";
        return line.substring(0, at) + noise.charAt(choice % noise.length())
                + line.substring(at);
    }

    /** Writes every character beyond ASCII as an escape, which JSON reads as the character. */
    private static String escapeNonAscii(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.chars().forEach(c -> escaped.append(c < 0x80
                ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return escaped.toString();
    }

    /** Returns the review read, or the error's path, position, expectation, finding, message. */
    private static Object outcome(Callable<ReviewCycle> reading) {
        try {
            return reading.call();
        } catch (ReviewFormatException e) {
            return List.of(e.path(), e.line(), e.column(), e.expected(), e.found(),
                    String.valueOf(e.getMessage()));
        } catch (Exception e) {
            return e;
        }
    }

    private static int plainIndexOfLineEnd(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String lines(int count) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append(String.format(HEAD, i)).append("}\n");
        }
        return lines.toString();
    }

    private static String reviewWithItems(int id, int items, int itemLength) {
        String item = "\"" + "a".repeat(itemLength) + "\"";
        return String.format(HEAD, id) + ", \"protocol\": {\"agreedItems\": ["
                + String.join(",", Collections.nCopies(items, item)) + "]}}";
    }

    private static byte[] bytes(String hex) {
        String[] parts = hex.split(" ");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return bytes;
    }

    private static byte[] concat(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            out.writeBytes(part instanceof byte[] bytes
                    ? bytes : part.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private List<ReviewCycle> readAll(InputStream in) throws IOException {
        try (ReviewIterator reviews = json.readLines(in)) {
            List<ReviewCycle> read = new ArrayList<>();
            reviews.forEachRemaining(read::add);
            return read;
        }
    }

    /** Reads the stream until reading fails, checks how many came before, returns the error. */
    private ReviewFormatException failure(byte[] bytes, int deliveredBefore) {
        List<ReviewCycle> read = new ArrayList<>();
        ReviewFormatException e = catchThrowableOfType(ReviewFormatException.class,
                () -> json.readLines(stream(bytes)).forEachRemaining(read::add));
        assertThat(e).as("the error after %d reviews", deliveredBefore).isNotNull();
        assertThat(read).hasSize(deliveredBefore);
        return e;
    }

    /** A stream that hands out one byte a read. */
    private static final class ByteByByte extends InputStream {

        private final byte[] bytes;
        private int position;

        ByteByByte(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == bytes.length) {
                return -1;
            }
            buffer[offset] = bytes[position++];
            return 1;
        }
    }
}
