package io.github.ismsreview.benchmarks;

import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.validation.ReviewValidator;
import io.github.ismsreview.validation.ValidationReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first validation in a fresh JVM: creating the validator and validating one review, once
 * per fork, against creating a bare Hibernate Validator factory and validating the same review
 * once. What this measures is class loading, bootstrapping and the first, interpreted run; every
 * fork is a new JVM, so the score is the mean over many forks.
 *
 * <p>Only the review is built before the measurement, so the model's classes are loaded for both
 * alike.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
public class FirstValidationBenchmark {

    private ReviewCycle review;

    /** Builds the review. */
    @Setup(Level.Trial)
    public void setUp() {
        review = Fixtures.reference();
    }

    /** Creates the validator and validates the review. */
    @Benchmark
    public ValidationReport firstValidation() {
        return Fixtures.validator().validate(review);
    }

    /**
     * Baseline: creates a bare Hibernate Validator factory and validates the review. The factory
     * is left open, as the library leaves its own open for the life of the process.
     */
    @Benchmark
    public Set<ConstraintViolation<ReviewCycle>> bareHibernateValidator() {
        ValidatorFactory factory = BareHibernateValidator.newFactory();
        return factory.getValidator().validate(review);
    }
}
