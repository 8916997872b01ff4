package io.github.ismsreview.benchmarks;

import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.validation.ReviewValidator;
import io.github.ismsreview.validation.ValidationReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One shared validator validating the reference review from 1, 2 and 4 threads; the score is
 * the throughput of all threads together. The validator is documented as thread-safe and
 * shared: throughput should grow with the threads up to the number of cores and then hold.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ThreadScalingBenchmark {

    private ReviewCycle review;
    private ReviewValidator validator;

    /** Builds the review and the one validator all threads share. */
    @Setup(Level.Trial)
    public void setUp() {
        review = Fixtures.reference();
        validator = Fixtures.validator();
        Fixtures.requireClean(validator, review);
    }

    /** Validates from one thread: the baseline. */
    @Benchmark
    @Threads(1)
    public ValidationReport oneThread() {
        return validator.validate(review);
    }

    /** Validates from two threads at once. */
    @Benchmark
    @Threads(2)
    public ValidationReport twoThreads() {
        return validator.validate(review);
    }

    /** Validates from four threads at once. */
    @Benchmark
    @Threads(4)
    public ValidationReport fourThreads() {
        return validator.validate(review);
    }
}
