package io.github.ismsreview.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns a stream of JSON bytes into text, refusing every byte sequence that is not valid in its
 * encoding.
 *
 * <p>The encoding is UTF-8 unless a byte order mark or the pattern of zero bytes at the start
 * says UTF-16 or UTF-32, as JSON allows; a byte order mark is dropped. Overlong UTF-8 forms,
 * code points above U+10FFFF and unpaired surrogates are reported, never replaced, so that no
 * byte trick can smuggle a character past the reader's checks.
 */
final class StrictDecoding {

    private StrictDecoding() {
    }

    /**
     * Reads the stream to its end, at most {@code maxBytes} bytes, and decodes it.
     *
     * @return the text, or the valid text before the first invalid byte sequence together with a
     *     description of that sequence
     * @throws ReviewFormatException if the stream holds more than {@code maxBytes} bytes
     */
    static Decoded decode(InputStream in, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new ReviewFormatException("$", 1, 1,
                    "a document within the reading limits",
                    "more than " + maxBytes + " bytes",
                    "the document exceeds a reading limit: more than " + maxBytes + " bytes");
        }

        Charset charset = charset(bytes);
        int start = byteOrderMarkLength(bytes, charset);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer output = CharBuffer.allocate(
                (int) Math.min(Integer.MAX_VALUE - 8, (long) bytes.length * 2 + 16));

        CoderResult result = decoder.decode(input, output, true);
        if (!result.isError()) {
            result = decoder.flush(output);
        }
        output.flip();
        if (!result.isError()) {
            return new Decoded(output.toString(), null);
        }

        return new Decoded(output.toString(), describe(charset.name(), input.position(), bytes,
                input.position(), Math.min(result.length(), bytes.length - input.position())));
    }

    /**
     * Returns what bad bytes are and where they stand, as every reader reports them: {@code
     * bytes that are not valid UTF-8 at byte offset 242: 0xC0 0xAF}.
     *
     * @param encoding the name of the encoding
     * @param offset the offset of the first bad byte in the stream
     * @param bytes an array holding the bad bytes
     * @param from where the bad bytes start in the array
     * @param count how many bad bytes to show
     */
    static String describe(String encoding, long offset, byte[] bytes, int from, int count) {
        StringBuilder shown = new StringBuilder("bytes that are not valid ").append(encoding)
                .append(" at byte offset ").append(offset).append(':');
        for (int i = from; i < from + count; i++) {
            shown.append(String.format(Locale.ROOT, " 0x%02X", bytes[i] & 0xff));
        }
        return shown.toString();
    }

    private static Charset charset(byte[] head) {
        int b0 = byteAt(head, 0);
        int b1 = byteAt(head, 1);
        int b2 = byteAt(head, 2);
        int b3 = byteAt(head, 3);

        if (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF) {
            return Charset.forName("UTF-32BE");
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0x00 && b3 == 0x00) {
            return Charset.forName("UTF-32LE");
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 4 && b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) {
            return Charset.forName("UTF-32BE");
        }
        if (head.length >= 4 && b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
            return Charset.forName("UTF-32LE");
        }
        if (head.length >= 2 && b0 == 0 && b1 != 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (head.length >= 2 && b0 != 0 && b1 == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.UTF_8;
    }

    private static int byteOrderMarkLength(byte[] bytes, Charset charset) {
        int b0 = byteAt(bytes, 0);
        String name = charset.name();
        if (name.equals("UTF-8")) {
            return b0 == 0xEF && byteAt(bytes, 1) == 0xBB && byteAt(bytes, 2) == 0xBF ? 3 : 0;
        }
        if (name.startsWith("UTF-32")) {
            boolean bigEndianMark = b0 == 0x00 && byteAt(bytes, 2) == 0xFE;
            boolean littleEndianMark = b0 == 0xFF && byteAt(bytes, 1) == 0xFE;
            return bigEndianMark || littleEndianMark ? 4 : 0;
        }
        return b0 == 0xFE || b0 == 0xFF ? 2 : 0;
    }

    private static int byteAt(byte[] bytes, int index) {
        return index < bytes.length ? bytes[index] & 0xff : -1;
    }

    /**
     * The text of a stream: all of it, or the valid part before an invalid byte sequence.
     *
     * @param text the decoded text
     * @param invalid what the first invalid byte sequence is, or null if there is none
     */
    record Decoded(String text, @Nullable String invalid) {
    }
}
