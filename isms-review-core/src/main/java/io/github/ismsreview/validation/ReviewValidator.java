package io.github.ismsreview.validation;

import io.github.ismsreview.model.ReviewCycle;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a management review against the standard its edition names and the practice of the
 * implementation guide, and reports what it finds.
 *
 * <p>Create one validator and reuse it: it is immutable and thread-safe, and the Bean Validation
 * engine behind the structural checks is built once per process. {@link #validate(ReviewCycle)}
 * never throws for an incomplete review; what is missing comes back as {@link Finding}s.
 *
 * <pre>{@code
 * ReviewValidator validator = ReviewValidator.builder()
 *         .clock(Clock.systemUTC())
 *         .zone(ZoneId.of("Europe/Berlin"))
 *         .intervalPolicy(IntervalPolicy.ofMonths(12))
 *         .build();
 * ValidationReport report = validator.validate(review);
 * if (report.hasErrors()) {
 *     System.out.print(report.toText());
 * }
 * }</pre>
 *
 * <p>Dates "as of" today (is a review overdue? was it held in the future?) come from the clock
 * and the zone given to the builder, never from the machine's default time zone.
 */
public final class ReviewValidator {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewValidator.class);

    private final Clock clock;
    private final ZoneId zone;
    private final IntervalPolicy intervalPolicy;

    private ReviewValidator(Builder builder) {
        this.clock = builder.clock;
        this.zone = builder.zone;
        this.intervalPolicy = builder.intervalPolicy;
    }

    /**
     * Returns a validator with the standard policy: a 12-month interval, and "today" taken from
     * the system clock in UTC.
     */
    public static ReviewValidator standard() {
        return builder().build();
    }

    /** Returns a builder for a validator with another clock, zone or interval policy. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates one review and returns the report of findings, errors first.
     *
     * @param review the review, however incomplete
     * @return the report; empty when nothing was found
     * @throws NullPointerException if {@code review} is null
     */
    public ValidationReport validate(ReviewCycle review) {
        Objects.requireNonNull(review, "review");

        RuleContext context = new RuleContext(review, asOf(), intervalPolicy);
        StructureRules.check(context);
        StageRules.check(context);
        IntervalRules.check(context);
        InputRules.check(context);
        AssessmentRules.check(context);
        DecisionRules.check(context);
        ProtocolRules.check(context);

        ValidationReport report = ValidationReport.of(review.id(), context.findings());
        LOG.debug("validated review {} ({}, stage {}): {} finding(s)",
                review.id(), review.edition(), review.stage(), report.findings().size());
        return report;
    }

    /** Returns today's date as this validator sees it: the clock's instant in the zone. */
    public LocalDate asOf() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** Returns the interval policy this validator applies. */
    public IntervalPolicy intervalPolicy() {
        return intervalPolicy;
    }

    /** Returns the zone in which this validator reads the clock. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Builds a {@link ReviewValidator}. Not thread-safe; the validator it builds is.
     */
    public static final class Builder {

        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneOffset.UTC;
        private IntervalPolicy intervalPolicy = IntervalPolicy.standard();

        private Builder() {
        }

        /** Sets the clock that says what "today" is; the system clock in UTC unless set. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Sets the organization's time zone, in which the clock's instant becomes a date. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** Sets the interval policy; {@link IntervalPolicy#standard()} unless set. */
        public Builder intervalPolicy(IntervalPolicy intervalPolicy) {
            this.intervalPolicy = Objects.requireNonNull(intervalPolicy, "intervalPolicy");
            return this;
        }

        /** Returns the validator. */
        public ReviewValidator build() {
            return new ReviewValidator(this);
        }
    }
}
