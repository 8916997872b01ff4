package io.github.ismsreview.benchmarks;

import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.validation.ReviewValidator;
import io.github.ismsreview.validation.ValidationReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating the reference review: the whole validator against Hibernate Validator alone on the
 * same graph, and the domain rules alone against the same checks written as plain Java.
 *
 * <p>The domain rules are measured through the public API: a policy that switches off
 * {@code structure.constraint}. That measures the domain rules alone only where the validator
 * skips the Bean Validation call for a switched-off structure rule; {@link #setUp()} does not
 * check this, but {@code docs/performance.md} says which library version does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ValidationBenchmark {

    private ReviewCycle review;
    private ReviewValidator validator;
    private ReviewValidator domainRules;
    private ValidatorFactory factory;
    private Validator hibernate;

    /** Builds the review, the validators and the bare Hibernate Validator once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        review = Fixtures.reference();
        validator = Fixtures.validator();
        domainRules = Fixtures.domainRulesOnly();
        factory = BareHibernateValidator.newFactory();
        hibernate = factory.getValidator();

        Fixtures.requireClean(validator, review);
        if (!hibernate.validate(review).isEmpty()
                || !PlainRules.check(review, Fixtures.AS_OF).isEmpty()) {
            throw new IllegalStateException("the baselines find something in the clean review");
        }
    }

    /** Closes the bare validator factory. */
    @TearDown(Level.Trial)
    public void tearDown() {
        factory.close();
    }

    /** Validates with the whole validator: structure and domain rules. */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(review);
    }

    /** Baseline of {@link #validate()}: Hibernate Validator alone, configured alike. */
    @Benchmark
    public Set<ConstraintViolation<ReviewCycle>> hibernateValidatorAlone() {
        return hibernate.validate(review);
    }

    /** Validates with the structure rule switched off by the policy: the domain rules. */
    @Benchmark
    public ValidationReport domainRules() {
        return domainRules.validate(review);
    }

    /** Baseline of {@link #domainRules()}: the main checks written as plain Java. */
    @Benchmark
    public List<String> plainJavaRules() {
        return PlainRules.check(review, Fixtures.AS_OF);
    }
}
