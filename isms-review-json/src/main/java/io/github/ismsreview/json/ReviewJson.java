package io.github.ismsreview.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ismsreview.json.deser.ReviewCycleDeserializer;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes management reviews in the isms-review JSON format, version 1, and writes
 * validation reports.
 *
 * <pre>{@code
 * ReviewJson json = ReviewJson.create();
 * ReviewCycle review = json.read(Path.of("mr-2026.json"));
 * String text = json.write(review);
 * json.read(text).equals(review);   // true
 * }</pre>
 *
 * <p>Reading is strict and all-or-nothing: a document that is not exactly one review in the
 * format, or that exceeds a limit below, is refused with a {@link ReviewFormatException} naming
 * the JSON path, the line and column, what was expected and what was found. No exception of
 * Jackson or of the model's builders escapes; an {@link IOException} is thrown only when the
 * stream or file itself cannot be read or written. The limits protect a program that reads
 * documents it does not trust:
 *
 * <ul>
 *   <li>nesting depth at most {@value #MAX_NESTING_DEPTH} objects and arrays;
 *   <li>a string at most {@value #MAX_STRING_LENGTH} characters, a property name at most
 *       {@value #MAX_NAME_LENGTH};
 *   <li>a JSON number at most {@value #MAX_NUMBER_LENGTH} characters;
 *   <li>an amount or effort quantity at most {@value #MAX_DECIMAL_LENGTH} characters, checked
 *       for plain decimal notation before it is converted, so that an exponent form such as
 *       {@code "1e1000000000"} costs nothing;
 *   <li>a document at most {@value #MAX_DOCUMENT_LENGTH} characters (16 Mi);
 *   <li>at most {@value #MAX_ELEMENTS} array elements in a whole document (inputs, decisions,
 *       actions, participants, agreed items, evidence, drivers and roles together), so that a
 *       small document of many empty elements cannot make the validator report millions of
 *       findings.
 * </ul>
 *
 * <p>Writing produces the canonical form: properties in the order of the format reference, two
 * spaces of indentation, absent values and empty lists left out. Reading what was written gives
 * an equal review.
 *
 * <p>Many reviews are read and written one at a time, never all held in memory, as JSON Lines
 * (one compact review per line) or as one JSON array:
 *
 * <pre>{@code
 * json.writeLines(reviews, out);           // an Iterable; a Stream as stream::iterator
 * try (ReviewIterator read = json.readLines(in)) {
 *     while (read.hasNext()) {
 *         ReviewCycle next = read.next();
 *     }
 * }
 * }</pre>
 *
 * <p>Each review of a stream is read as strictly as a single document and held on its own to
 * the limits above, the length of a document and the count of array elements included; the
 * stream as a whole may be of any length. An error names the line ({@code $.heldOn (line 17,
 * column 40): ...}) or the index in the array ({@code $[16].heldOn (line 1, column 52190):
 * ...}); the reviews before it are delivered and the reading stops there. Streams are UTF-8
 * only.
 *
 * <p>Instances are immutable and thread-safe; one instance can serve a whole program.
 */
public final class ReviewJson {

    /** The version of the format this library reads and writes. */
    public static final int FORMAT_VERSION = 1;

    /** The deepest nesting of objects and arrays read. */
    public static final int MAX_NESTING_DEPTH = 64;

    /** The longest string read, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;

    /** The longest property name read, in characters. */
    public static final int MAX_NAME_LENGTH = 1_000;

    /** The longest JSON number read, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;

    /** The longest amount or effort quantity read, in characters. */
    public static final int MAX_DECIMAL_LENGTH = 1_000;

    /** The most array elements read in one document, all arrays together. */
    public static final int MAX_ELEMENTS = 10_000;

    /** The longest document read, in characters. */
    public static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

    /** The most bytes read from a stream or file: a document at its longest in UTF-32. */
    static final long MAX_DOCUMENT_BYTES = 4 * MAX_DOCUMENT_LENGTH + 4;

    private final ObjectMapper mapper;
    private final ObjectWriter writer;
    private final ReviewCycleDeserializer deserializer;

    private ReviewJson(ObjectMapper mapper) {
        this.mapper = mapper;
        this.writer = mapper.writer(prettyPrinter());
        this.deserializer = new ReviewCycleDeserializer();
    }

    /** Returns an instance with the strict settings and the limits described above. */
    public static ReviewJson create() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        ObjectMapper mapper = JsonMapper.builder(factory)
                .addModule(new IsmsReviewModule())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.WRAP_EXCEPTIONS)
                .build();
        return new ReviewJson(mapper);
    }

    /**
     * Reads a review from JSON text.
     *
     * @throws ReviewFormatException if the text is not one review in the format
     */
    public ReviewCycle read(String json) {
        Objects.requireNonNull(json, "json");
        try (JsonParser parser = mapper.createParser(json)) {
            return deserializer.readDocument(parser);
        } catch (IOException e) {
            // Text in memory has no I/O to fail; kept for the checked signature of Jackson.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a review from the first {@code length} characters of the array, as
     * {@link #read(String)} does, without copying them into a string first; the parser reads
     * the array in place, so the caller must not change it during the call.
     */
    ReviewCycle read(char[] json, int length) {
        try (JsonParser parser = mapper.createParser(json, 0, length)) {
            return deserializer.readDocument(parser);
        } catch (IOException e) {
            // Text in memory has no I/O to fail; kept for the checked signature of Jackson.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a review from {@code length} bytes of the array from {@code offset}, which must all
     * be ASCII, the first four not zero (so that the parser takes them for UTF-8, not UTF-16 or
     * UTF-32); the array is read in place. For such bytes the review is that of {@link
     * #read(String)} of the same text. An error may differ in its wording, as the parser of
     * bytes words a few problems otherwise; a caller that shows errors reads the text again.
     */
    ReviewCycle readAscii(byte[] json, int offset, int length) {
        try (JsonParser parser = mapper.createParser(json, offset, length)) {
            return deserializer.readDocument(parser);
        } catch (IOException e) {
            // Bytes in memory have no I/O to fail; kept for the checked signature of Jackson.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a review from a stream of JSON in UTF-8 (or UTF-16 or UTF-32, detected from the
     * first bytes); the stream is read to its end, and not closed. Byte sequences that are not
     * valid in the encoding (overlong UTF-8 forms, unpaired surrogates) are refused, never
     * replaced.
     *
     * @throws ReviewFormatException if the stream does not hold one review in the format
     * @throws IOException if the stream cannot be read
     */
    public ReviewCycle read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        StrictDecoding.Decoded decoded = StrictDecoding.decode(in, MAX_DOCUMENT_BYTES);
        if (decoded.invalid() == null) {
            return read(decoded.text());
        }

        // The valid text before the bad bytes is read once more to learn where they stand: it
        // fails at its end, at the path of the bad bytes, or earlier at a problem of its own,
        // which comes first in the document and is reported instead.
        ReviewFormatException atEnd;
        try {
            read(decoded.text());
            atEnd = new ReviewFormatException("$", -1, -1, "text", "no problem");
        } catch (ReviewFormatException e) {
            atEnd = e;
        }
        if (!isAtEnd(atEnd, decoded.text())) {
            throw atEnd;
        }
        throw new ReviewFormatException(atEnd.path(), atEnd.line(), atEnd.column(),
                "well-formed JSON", decoded.invalid(),
                "malformed JSON: " + decoded.invalid());
    }

    /**
     * Reads a review from a JSON file.
     *
     * @throws ReviewFormatException if the file does not hold one review in the format
     * @throws IOException if the file cannot be read
     */
    public ReviewCycle read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Returns the review as JSON text in the canonical form, without a final line break. */
    public String write(ReviewCycle review) {
        Objects.requireNonNull(review, "review");
        try {
            return writer.writeValueAsString(review);
        } catch (JsonProcessingException e) {
            throw unchecked(e);
        }
    }

    /**
     * Writes the review to a stream as UTF-8 JSON in the canonical form, followed by a line
     * break; the stream is flushed, not closed.
     *
     * @throws IOException if the stream cannot be written
     */
    public void write(ReviewCycle review, OutputStream out) throws IOException {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(out, "out");
        try {
            writer.writeValue(out, review);
        } catch (JsonProcessingException e) {
            throw unchecked(e);
        }
        out.write('\n');
        out.flush();
    }

    /**
     * Writes the review to a file as {@link #write(ReviewCycle, OutputStream)} does, replacing
     * the file atomically: the JSON goes to a new file in the same directory, which is forced to
     * the disk and then moved over the target. The target never holds a partial document; if
     * writing fails, the target is left as it was and the new file is deleted.
     *
     * <p>A symbolic link is followed: the file it points to is replaced, not the link. A target
     * that exists but is not a regular file (a directory, a pipe, a device) is refused. A
     * replaced file keeps its POSIX permissions; a new file is readable and writable by its
     * owner only, where the file system has POSIX permissions.
     *
     * @throws IOException if the target is not a regular file, or the file cannot be written or
     *     the file system cannot move it atomically
     */
    public void write(ReviewCycle review, Path file) throws IOException {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(file, "file");
        Path target = regularTarget(file.toAbsolutePath());
        Path directory = Objects.requireNonNull(target.getParent(), "directory of " + target);
        Path temporary = directory.resolve(
                "." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        Set<PosixFilePermission> permissions = permissionsFor(target);

        try {
            try (FileChannel channel = FileChannel.open(temporary,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                if (permissions != null) {
                    Files.setPosixFilePermissions(temporary, permissions);
                }
                write(review, Channels.newOutputStream(channel));
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (Throwable e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Returns the file a write replaces: the path, or where its symbolic links lead. */
    private static Path regularTarget(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return path;
        }
        Path real = path.toRealPath();
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(path.toString(), null,
                    "not a regular file; only a regular file is replaced");
        }
        return real;
    }

    /**
     * Returns the permissions the written file gets: those of the file it replaces, or owner
     * read and write for a new file; null where the file system has no POSIX permissions.
     */
    private static @Nullable Set<PosixFilePermission> permissionsFor(Path target)
            throws IOException {
        if (!Files.getFileStore(target.getParent()).supportsFileAttributeView("posix")) {
            return null;
        }
        if (Files.exists(target)) {
            return Files.getPosixFilePermissions(target);
        }
        return EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    /**
     * Reads the reviews of a JSON Lines stream one at a time: UTF-8, one review per line, each
     * line ended by {@code \n} (or {@code \r\n}), the end of the last line optional. Nothing is
     * read until the iterator is asked for the first review.
     *
     * <p>Each line is read as a single document, with the same strictness and limits, and an
     * error gives the line of the stream, as in {@code $.heldOn (line 17, column 40): expected
     * a date as YYYY-MM-DD, found "2026-02-30"}. An empty line, or one of white space only, is
     * refused rather than skipped: JSON Lines makes every line one value, and a blank line most
     * often marks a lost review. Bytes that are not valid UTF-8 are refused, never replaced; a
     * byte order mark at the start is dropped. An empty stream holds no reviews.
     *
     * @param in the stream, which the iterator takes over and closes when it is closed
     * @return the reviews; see {@link ReviewIterator} for how a broken review stops it
     */
    public ReviewIterator readLines(InputStream in) {
        Objects.requireNonNull(in, "in");
        return new ReviewIterator(new JsonLinesSource(this, in));
    }

    /**
     * Reads the reviews of a stream that holds one JSON array of reviews, one at a time, with
     * one parser. Nothing is read until the iterator is asked for the first review.
     *
     * <p>Each element is read as strictly as a single document and held on its own to its
     * limits: at most {@value #MAX_ELEMENTS} array elements, and at most {@value
     * #MAX_DOCUMENT_LENGTH} characters counted with the comma and white space before it. An
     * error gives the index of the review in its path, as in {@code $[16].heldOn (line 1, column
     * 52190): expected a date as YYYY-MM-DD, found "2026-02-30"}. The stream must be UTF-8
     * (unlike {@link #read(InputStream)}, which also detects UTF-16 and UTF-32); bytes that are
     * not valid UTF-8 are refused, never replaced, and a byte order mark at the start is
     * dropped. {@code []} holds no reviews; an empty stream is not an array and is refused.
     *
     * @param in the stream, which the iterator takes over and closes when it is closed
     * @return the reviews; see {@link ReviewIterator} for how a broken review stops it
     */
    public ReviewIterator readArray(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            return new ReviewIterator(new JsonArraySource(arrayFactory(), in));
        } catch (IOException e) {
            // Creating a parser over a reader reads nothing; kept for the checked signature.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the reviews to a stream as JSON Lines: each review compact, on a line of its own
     * ended by {@code \n}, in UTF-8. Reviews are taken from the iterable one at a time and none
     * is kept; a {@code Stream} is written with {@code json.writeLines(stream::iterator, out)}.
     * The stream is flushed, not closed.
     *
     * <p>If the iterable fails, or yields {@code null}, the reviews before have been written and
     * the exception is thrown; the output then ends after the last whole line.
     *
     * @throws IOException if the stream cannot be written
     * @throws NullPointerException if the iterable yields {@code null}
     */
    public void writeLines(Iterable<? extends ReviewCycle> reviews, OutputStream out)
            throws IOException {
        Objects.requireNonNull(reviews, "reviews");
        Objects.requireNonNull(out, "out");
        ObjectWriter compact = mapper.writer()
                .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        try (JsonGenerator generator = streamGenerator(out)) {
            generator.setRootValueSeparator(null);
            long index = 0;
            for (ReviewCycle review : reviews) {
                compact.writeValue(generator, notNull(review, index++));
                generator.writeRaw('\n');
            }
        } catch (JsonProcessingException e) {
            throw unchecked(e);
        }
        out.flush();
    }

    /**
     * Writes the reviews to a stream as one JSON array in UTF-8, with one generator: each review
     * in the canonical form of {@link #write(ReviewCycle)}, indented by two spaces more, and a
     * line break after the closing bracket. Reviews are taken from the iterable one at a time
     * and none is kept. The stream is flushed, not closed.
     *
     * <p>If the iterable fails, or yields {@code null}, the exception is thrown and the array is
     * left open, so that the output cannot pass for a complete array.
     *
     * @throws IOException if the stream cannot be written
     * @throws NullPointerException if the iterable yields {@code null}
     */
    public void writeArray(Iterable<? extends ReviewCycle> reviews, OutputStream out)
            throws IOException {
        Objects.requireNonNull(reviews, "reviews");
        Objects.requireNonNull(out, "out");
        ObjectWriter compact = mapper.writer()
                .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        try (JsonGenerator generator = streamGenerator(out)) {
            // The generator keeps the printer, and with it the depth of the array, for all.
            generator.setPrettyPrinter(prettyPrinter());
            generator.writeStartArray();
            long index = 0;
            for (ReviewCycle review : reviews) {
                compact.writeValue(generator, notNull(review, index++));
            }
            generator.writeEndArray();
            generator.writeRaw('\n');
        } catch (JsonProcessingException e) {
            throw unchecked(e);
        }
        out.flush();
    }

    /**
     * Returns a validation report as JSON text for programs: the review id, the counts of
     * errors and warnings, and every finding with its rule id, severity ({@code error} or
     * {@code warning}), path, message, clause and values.
     */
    public String writeReport(ValidationReport report) {
        Objects.requireNonNull(report, "report");
        try {
            return writer.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw unchecked(e);
        }
    }

    /**
     * Returns a factory for a stream that holds an array of reviews: the limits of a single
     * document, except that the stream as a whole may be of any length (each review is held to
     * the limit by {@link JsonArraySource}) and that the array adds one level of nesting.
     */
    private JsonFactory arrayFactory() {
        JsonFactory single = mapper.getFactory();
        JsonFactory factory = single.copy();
        factory.setStreamReadConstraints(single.streamReadConstraints().rebuild()
                .maxDocumentLength(0)
                .maxNestingDepth(MAX_NESTING_DEPTH + 1)
                .build());
        return factory;
    }

    /**
     * Returns a generator over the stream that leaves the stream open and, when writing fails,
     * leaves the JSON unfinished rather than closing it into something that looks complete.
     */
    private JsonGenerator streamGenerator(OutputStream out) throws IOException {
        return mapper.createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
    }

    private static ReviewCycle notNull(ReviewCycle review, long index) {
        return Objects.requireNonNull(review, () -> "review " + index + " of the reviews is null");
    }

    /** Checks whether the failure lies at the end of the text (or has no position). */
    /**
     * Checks whether the error of reading the text stands at its end (or has no position): an
     * error that valid text before bad bytes gives because the bad bytes cut it off.
     */
    static boolean isAtEnd(ReviewFormatException failure, String text) {
        return failure.line() < 1
                || offsetOf(text, failure.line(), failure.column()) >= text.length() - 1;
    }

    /**
     * Returns the offset in the text of a position as Jackson's parser counts it: lines from 1,
     * ended by {@code \n}, {@code \r} or {@code \r\n}; columns from 1, in characters. A line
     * beyond the last one stands for the end of the text.
     */
    static long offsetOf(String text, int line, int column) {
        int at = 0;
        int current = 1;
        while (current < line && at < text.length()) {
            char c = text.charAt(at++);
            if (c == '\r' && at < text.length() && text.charAt(at) == '\n') {
                at++;
            }
            if (c == '\r' || c == '\n') {
                current++;
            }
        }
        return current < line ? text.length() : at + (long) column - 1;
    }

    private static RuntimeException unchecked(JsonProcessingException e) {
        if (e.getCause() instanceof RuntimeException cause) {
            return cause;
        }
        return new UncheckedIOException(e);
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
