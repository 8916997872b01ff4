package io.github.ismsreview.json;

import io.github.ismsreview.model.ReviewCycle;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the reviews of a JSON Lines stream: UTF-8, one review per line, lines ended by
 * {@code \n} (a {@code \r} before it is white space to JSON), the last line end optional.
 *
 * <p>Lines are split in the bytes, before decoding: the byte {@code 0x0A} is a line end wherever
 * it stands, because UTF-8 never uses it inside the encoding of another character. Each line, at
 * most {@link ReviewJson#MAX_DOCUMENT_LENGTH} characters, is read as a single document, so that
 * it meets exactly the strictness and the limits of one: a line of ASCII is read from its bytes
 * in place, any other line is decoded and read by {@link ReviewJson#read(String)}, and a line
 * that fails is always read as text, so that its error is exactly that of the text. Positions in
 * errors are moved from the line to the stream. A line that is empty or holds only white space
 * is refused: JSON Lines makes every line one JSON value, and a lost review should not pass
 * unnoticed.
 *
 * <p>Decoding is as strict as for a single document: a byte sequence that is not valid UTF-8 is
 * reported with its byte offset in the stream, never replaced. A byte order mark at the start of
 * the stream is dropped.
 */
final class JsonLinesSource implements ReviewIterator.Source {

    private static final int BUFFER_SIZE = 65_536;

    /** Where the parser's message names the start of an unclosed object or array. */
    private static final Pattern MARKER_POSITION =
            Pattern.compile("(marker at line )(\\d+)(, column )(\\d+)");

    private static final VarHandle WORDS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final ReviewJson json;
    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position;
    private int limit;
    private long bufferOffset;
    private boolean started;

    /** Bytes of a line that does not lie whole in the buffer. */
    private byte[] gathered = new byte[BUFFER_SIZE];

    /** The current line: its bytes, where they are and their offset in the stream. */
    private byte[] lineBytes = buffer;
    private int lineFrom;
    private int lineTo;
    private long lineOffset;
    private int lineNumber;

    /** The strict decoding of a long line so far, while it is gathered. */
    private @Nullable CharsetDecoder longLine;
    private int checkedTo;
    private long checkedCharacters;
    private final CharBuffer characters = CharBuffer.allocate(8192);

    /** Creates a source of the reviews in the stream, which it takes over. */
    JsonLinesSource(ReviewJson json, InputStream in) {
        this.json = Objects.requireNonNull(json, "json");
        this.in = Objects.requireNonNull(in, "in");
    }

    @Override
    public Optional<ReviewCycle> next() throws IOException {
        if (!readLine()) {
            return Optional.empty();
        }

        int length = lineTo - lineFrom;
        if (length >= 4 && isAscii(lineBytes, lineFrom, lineTo) && lineBytes[lineFrom] != 0
                && lineBytes[lineFrom + 1] != 0 && lineBytes[lineFrom + 2] != 0
                && lineBytes[lineFrom + 3] != 0) {
            // Nearly every line: ASCII is valid UTF-8 whose characters are its bytes, so the
            // parser reads the bytes in place, without a string made of them. A line it refuses
            // is read again as text below, so that every error is exactly that of the text.
            try {
                return Optional.of(json.readAscii(lineBytes, lineFrom, length));
            } catch (ReviewFormatException e) {
                // Read again below.
            }
        }

        String text = decode();
        if (isBlank(text)) {
            throw new ReviewFormatException("$", lineNumber, 1, "a review object",
                    text.isEmpty() ? "an empty line" : "a line of white space only");
        }
        try {
            return Optional.of(json.read(text));
        } catch (ReviewFormatException e) {
            throw onThisLine(e, text);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * Finds the next line, without its line end. A line that lies whole in the buffer is read
     * there; the bytes of any other line are gathered in {@link #gathered}.
     *
     * @return false at the end of the stream, when no byte follows the last line end
     */
    private boolean readLine() throws IOException {
        if (gathered.length > 16 * BUFFER_SIZE) {
            // A long line read before should not hold its memory for the rest of the stream.
            gathered = new byte[BUFFER_SIZE];
        }
        lineNumber++;
        int length = 0;
        longLine = null;
        while (true) {
            if (position == limit && !fill()) {
                setLine(gathered, 0, length, bufferOffset + limit - length);
                return length > 0;
            }

            int end = indexOfLineEnd(buffer, position, limit);
            if (end >= 0 && length == 0) {
                setLine(buffer, position, end, bufferOffset + position);
                position = end + 1;
                return true;
            }
            int count = (end < 0 ? limit : end) - position;
            if (length + count > gathered.length) {
                // A line within the limit has at most three bytes a character.
                long grown = Math.min(2L * gathered.length,
                        3 * ReviewJson.MAX_DOCUMENT_LENGTH + BUFFER_SIZE);
                gathered = Arrays.copyOf(gathered, (int) Math.max(grown, length + count));
            }
            System.arraycopy(buffer, position, gathered, length, count);
            if (length + count > ReviewJson.MAX_DOCUMENT_LENGTH) {
                // A line longer in bytes than the limit in characters may still be within it.
                setLine(gathered, 0, length + count, bufferOffset + position - length);
                checkLongLine();
            }
            length += count;
            position += count;
            if (end >= 0) {
                position++;
                setLine(gathered, 0, length, bufferOffset + end - length);
                return true;
            }
        }
    }

    /**
     * Decodes the bytes of the current line, a long one, that came since the last call,
     * strictly, counting its characters; this is rare enough to cost the time. Bad bytes are
     * refused as soon as they arrive, so that no endless line of them is gathered, and so is a
     * line once it is longer than the limit; whichever comes first in the line is reported.
     */
    private void checkLongLine() {
        if (longLine == null) {
            longLine = strictDecoder();
            checkedTo = lineFrom;
            checkedCharacters = 0;
        }
        ByteBuffer input = ByteBuffer.wrap(lineBytes, checkedTo, lineTo - checkedTo);
        CoderResult bad = decodeStrictly(longLine, input, false,
                ReviewJson.MAX_DOCUMENT_LENGTH);
        checkedTo = input.position();
        if (checkedCharacters > ReviewJson.MAX_DOCUMENT_LENGTH) {
            throw tooLong();
        }
        if (bad != null) {
            throw malformed(input, bad);
        }
    }

    /**
     * Decodes the input strictly into a small buffer, adding the characters to {@link
     * #checkedCharacters}, until the input is used up, bad bytes come or more characters than
     * {@code maxCharacters} have been counted.
     *
     * @return the result at bad bytes, with the input at them; or null
     */
    private @Nullable CoderResult decodeStrictly(CharsetDecoder decoder, ByteBuffer input,
            boolean endOfInput, long maxCharacters) {
        while (checkedCharacters <= maxCharacters) {
            CoderResult result = decoder.decode(input, characters.clear(), endOfInput);
            checkedCharacters += characters.position();
            if (result.isError()) {
                return checkedCharacters <= maxCharacters ? result : null;
            }
            if (result.isUnderflow()) {
                return null;
            }
        }
        return null;
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private void setLine(byte[] bytes, int from, int to, long offset) {
        lineBytes = bytes;
        lineFrom = from;
        lineTo = to;
        lineOffset = offset;
    }

    /**
     * Reads the next bytes into the buffer, after the byte order mark at the start.
     *
     * @return false at the end of the stream
     */
    private boolean fill() throws IOException {
        boolean endOfStream = false;
        while (!endOfStream) {
            bufferOffset += limit;
            position = 0;
            limit = 0;
            int least = started ? 1 : 3;
            while (limit < least && !endOfStream) {
                int count = in.read(buffer, limit, buffer.length - limit);
                endOfStream = count < 0;
                limit += Math.max(count, 0);
            }
            if (!started) {
                started = true;
                if (limit >= 3 && (buffer[0] & 0xff) == 0xEF && (buffer[1] & 0xff) == 0xBB
                        && (buffer[2] & 0xff) == 0xBF) {
                    position = 3;
                }
            }
            if (position < limit) {
                return true;
            }
        }
        return false;
    }

    /**
     * Decodes the current line. The JDK's decoder is fast but replaces bad bytes; only a line
     * with a replacement character is decoded again strictly, to tell bad bytes from a U+FFFD
     * that was written as such.
     */
    private String decode() {
        int length = lineTo - lineFrom;
        String text = new String(lineBytes, lineFrom, length, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }

        ByteBuffer input = ByteBuffer.wrap(lineBytes, lineFrom, length);
        checkedCharacters = 0;
        CoderResult bad = decodeStrictly(strictDecoder(), input, true, Long.MAX_VALUE);
        if (bad == null) {
            return text;
        }
        throw malformed(input, bad);
    }

    /** Returns the error for the bad bytes where the input of the current line stands. */
    private ReviewFormatException malformed(ByteBuffer input, CoderResult bad) {
        // The bytes before the bad ones are valid, so the fast decoder reads them right.
        String text = new String(lineBytes, lineFrom, input.position() - lineFrom,
                StandardCharsets.UTF_8);
        return malformed(text, input.position(), bad.length());
    }

    /**
     * Returns the error for bad bytes at {@code at} in the line's bytes, after its valid text.
     * As for a single document, a problem of the text before them comes first and is reported
     * instead; otherwise the error has the path where the bad bytes stand.
     */
    private ReviewFormatException malformed(String text, int at, int badLength) {
        String invalid = StrictDecoding.describe("UTF-8", lineOffset + at - lineFrom, lineBytes,
                at, Math.min(badLength, lineTo - at));

        String path = "$";
        try {
            json.read(text);
        } catch (ReviewFormatException e) {
            if (!ReviewJson.isAtEnd(e, text)) {
                return onThisLine(e, text);
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

    /**
     * Returns the error of a line read as a document, with its position in the stream. The
     * parser counts a {@code \r} as a line end, JSON Lines does not: a position after one is
     * moved back onto the line of the stream, in the error and in the message.
     */
    private ReviewFormatException onThisLine(ReviewFormatException e, String text) {
        int column = e.line() < 1 ? e.column() : columnOnLine(text, e.line(), e.column());
        String problem = MARKER_POSITION.matcher(problem(e)).replaceAll(marker ->
                marker.group(1) + lineNumber + marker.group(3) + columnOnLine(text,
                        Integer.parseInt(marker.group(2)), Integer.parseInt(marker.group(4))));
        ReviewFormatException moved = new ReviewFormatException(e.path(), lineNumber, column,
                e.expected(), e.found(), problem);
        moved.initCause(e);
        return moved;
    }

    private static int columnOnLine(String text, int line, int column) {
        return (int) Math.min(Integer.MAX_VALUE, ReviewJson.offsetOf(text, line, column) + 1);
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

    /**
     * Returns the index of the first {@code \n} between {@code from} and {@code to}, or -1. Eight
     * bytes are tested at a time: after the exclusive or, a line end is a zero byte, and the
     * lowest byte that borrows in the subtraction is the first zero byte.
     */
    static int indexOfLineEnd(byte[] bytes, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = (long) WORDS.get(bytes, i) ^ 0x0A0A0A0A0A0A0A0AL;
            long zeros = (word - 0x0101010101010101L) & ~word & 0x8080808080808080L;
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Returns whether the bytes between {@code from} and {@code to} are all ASCII. */
    static boolean isAscii(byte[] bytes, int from, int to) {
        long high = 0;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            high |= (long) WORDS.get(bytes, i);
        }
        for (; i < to; i++) {
            high |= bytes[i];
        }
        return (high & 0x8080808080808080L) == 0;
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

}
