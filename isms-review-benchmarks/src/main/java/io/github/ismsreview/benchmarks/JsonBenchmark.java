package io.github.ismsreview.benchmarks;

import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.model.ReviewCycle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing a review to JSON text and reading it back, through the library and through
 * hand-written Jackson streaming code, for the reference and the small review.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class JsonBenchmark {

    /** Which review: {@code reference} or {@code small}. */
    @Param({"reference", "small"})
    public String fixture;

    private ReviewCycle review;
    private String text;
    private ReviewJson json;
    private HandWrittenWriter writer;
    private HandWrittenReader reader;

    /**
     * Builds the review and its text, and checks that the baselines do the same work: the
     * hand-written writer writes the same text, the hand-written reader reads an equal review.
     */
    @Setup(Level.Trial)
    public void setUp() {
        review = Fixtures.named(fixture);
        json = ReviewJson.create();
        writer = new HandWrittenWriter();
        reader = new HandWrittenReader();
        text = json.write(review);

        if (!writer.write(review).equals(text)) {
            throw new IllegalStateException("the hand-written writer writes other text:\n"
                    + writer.write(review) + "\ninstead of\n" + text);
        }
        if (!reader.read(text).equals(review) || !json.read(text).equals(review)) {
            throw new IllegalStateException("a reader reads another review from\n" + text);
        }
    }

    /** Writes the review with {@link ReviewJson#write(ReviewCycle)}. */
    @Benchmark
    public String write() {
        return json.write(review);
    }

    /** Baseline of {@link #write()}: a hand-written Jackson generator. */
    @Benchmark
    public String handWrittenWrite() {
        return writer.write(review);
    }

    /** Reads the review with {@link ReviewJson#read(String)}. */
    @Benchmark
    public ReviewCycle read() {
        return json.read(text);
    }

    /** Baseline of {@link #read()}: a hand-written Jackson parser feeding the builders. */
    @Benchmark
    public ReviewCycle handWrittenRead() {
        return reader.read(text);
    }
}
