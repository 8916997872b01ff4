package io.github.ismsreview.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a stream of UTF-8 bytes as it is read, refusing every byte sequence that is not valid
 * UTF-8, with buffers of fixed size: the streaming counterpart of {@link StrictDecoding}.
 *
 * <p>Overlong forms, code points above U+10FFFF, encoded surrogates and a sequence cut off by
 * the end of the stream are never replaced. The reader delivers every character before them and
 * then ends, as if the stream ended there; {@link #invalid()} then says what the bad bytes are,
 * and {@link #line()} and {@link #column()} where they stand. A reader of the characters thus
 * meets every earlier problem of its own first, and the parser reports the end of the input at
 * the exact position: Jackson's parser, when a read throws, reports the wrong column. A byte
 * order mark at the start is dropped.
 *
 * <p>Closing the reader closes the stream. A reader is not thread-safe.
 */
final class StrictUtf8Reader extends Reader {

    private static final int BUFFER_SIZE = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();
    private long bytesBefore;
    private boolean endOfBytes;
    private boolean ended;
    private boolean started;
    private @Nullable String ahead;
    private @Nullable String invalid;
    private int line = 1;
    private int column = 1;
    private boolean afterCarriageReturn;

    /** Creates a reader of the stream, which it takes over: closing the reader closes it. */
    StrictUtf8Reader(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int count = Math.min(length, chars.remaining());
        chars.get(buffer, offset, count);
        advance(buffer, offset, count);
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * Returns what the bad bytes are, with their byte offset, once the reader has ended at
     * them, as in {@code bytes that are not valid UTF-8 at byte offset 242: 0xC0}; or null.
     */
    @Nullable String invalid() {
        return invalid;
    }

    /**
     * Returns the line after the characters delivered, counted from 1; a line ends with
     * {@code \n}, {@code \r} or {@code \r\n}, as Jackson's parser counts them.
     */
    int line() {
        return line;
    }

    /** Returns the column after the characters delivered, counted from 1 in characters. */
    int column() {
        return column;
    }

    /**
     * Decodes the next characters into the empty character buffer.
     *
     * @return false at the end of the stream or at bad bytes
     */
    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }

        chars.clear();
        while (ahead == null) {
            CoderResult result = decoder.decode(bytes, chars, endOfBytes);
            if (result.isError()) {
                ahead = describe(result);
            } else if (result.isOverflow() || chars.position() > 0) {
                break;
            } else if (endOfBytes) {
                decoder.flush(chars);
                ended = true;
                break;
            } else {
                readBytes();
            }
        }
        chars.flip();

        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
        if (chars.hasRemaining()) {
            return true;
        }
        if (ahead != null) {
            invalid = ahead;
            ended = true;
        }
        return !ended;
    }

    private void readBytes() throws IOException {
        bytesBefore += bytes.position();
        bytes.compact();
        int count = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(),
                bytes.remaining());
        if (count < 0) {
            endOfBytes = true;
        } else {
            bytes.position(bytes.position() + count);
        }
        bytes.flip();
    }

    private void advance(char[] buffer, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            char c = buffer[i];
            if (c == '\r' || (c == '\n' && !afterCarriageReturn)) {
                line++;
                column = 1;
            } else if (c != '\n') {
                column++;
            }
            afterCarriageReturn = c == '\r';
        }
    }

    private String describe(CoderResult result) {
        return StrictDecoding.describe("UTF-8", bytesBefore + bytes.position(), bytes.array(),
                bytes.arrayOffset() + bytes.position(),
                Math.min(result.length(), bytes.remaining()));
    }
}
