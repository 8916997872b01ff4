package io.github.ismsreview.benchmarks;

import io.github.ismsreview.json.ReviewIterator;
import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.model.ReviewCycle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading 100,000 reviews from a JSON Lines stream with {@link ReviewJson#readLines}, scored
 * per review, against reading one review from its text.
 *
 * <p>The stream repeats one compact line of the review and is generated as it is read, so that
 * the benchmark holds one line in memory, not the whole stream (100,000 reference reviews are
 * about 0.9 GB); the score per review then shows the cost of streaming itself: splitting lines,
 * strict UTF-8 decoding and copying each line. Run with {@code -prof gc} to see the bytes
 * allocated per review; the heap the stream holds does not grow with its length.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class StreamingBenchmark {

    /** How many reviews one stream holds. */
    static final int REVIEWS = 100_000;

    /** Which review each line holds: {@code reference} or {@code small}. */
    @Param({"reference", "small"})
    public String fixture;

    private ReviewJson json;
    private byte[] line;
    private String text;

    /** Writes the review's compact line once. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        json = ReviewJson.create();
        ReviewCycle review = Fixtures.named(fixture);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        json.writeLines(java.util.List.of(review), out);
        line = out.toByteArray();
        text = new String(line, StandardCharsets.UTF_8).strip();
        if (!json.read(text).equals(review)) {
            throw new IllegalStateException("the line does not read back to the review");
        }
    }

    /** Reads {@value #REVIEWS} reviews from one JSON Lines stream; the score is per review. */
    @Benchmark
    @OperationsPerInvocation(REVIEWS)
    public void readLines(Blackhole sink) throws IOException {
        int count = 0;
        try (ReviewIterator reviews = json.readLines(new RepeatingStream(line, REVIEWS))) {
            while (reviews.hasNext()) {
                sink.consume(reviews.next());
                count++;
            }
        }
        if (count != REVIEWS) {
            throw new IllegalStateException("read " + count + " reviews of " + REVIEWS);
        }
    }

    /** Baseline of {@link #readLines}: reads the review once from its text. */
    @Benchmark
    public ReviewCycle readOne() {
        return json.read(text);
    }

    /** A stream of the same line a number of times, generated as it is read. */
    static final class RepeatingStream extends InputStream {

        private final byte[] line;
        private int remaining;
        private int position;

        RepeatingStream(byte[] line, int times) {
            this.line = line;
            this.remaining = times;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining == 0) {
                return -1;
            }
            int count = Math.min(length, line.length - position);
            System.arraycopy(line, position, buffer, offset, count);
            position += count;
            if (position == line.length) {
                position = 0;
                remaining--;
            }
            return count;
        }
    }
}
