package io.github.ismsreview.examples;

import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import io.github.ismsreview.validation.CustomRule;
import io.github.ismsreview.validation.IntervalPolicy;
import io.github.ismsreview.validation.NextDueAnchor;
import io.github.ismsreview.validation.ReviewValidator;
import io.github.ismsreview.validation.Severity;
import io.github.ismsreview.validation.TransitionCheck;
import io.github.ismsreview.validation.ValidationPolicy;
import io.github.ismsreview.validation.ValidationReport;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The policy and extension sample of the README: an organization's own interval, severities,
 * a switched-off rule, a custom rule, and the check whether a review may be closed.
 *
 * <p>The body of {@link #run(ReviewCycle)} is the sample, line for line; a test runs it.
 */
public final class PolicyExample {

    private PolicyExample() {
    }

    /** A custom rule: the record names the ISMS scope. */
    static final class ScopeNamed implements CustomRule {

        @Override
        public String id() {
            return "acme.scope-named";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public String title() {
            return "The record names the scope of the ISMS";
        }

        @Override
        public void check(ReviewCycle review, FindingSink sink) {
            if (review.ismsScope().isEmpty()) {
                sink.report("ismsScope", "the record does not name the scope of the ISMS");
            }
        }
    }

    /**
     * Validates the review under an organization's policy with a custom rule, and checks whether
     * it may be closed.
     *
     * @return the report for a person, followed by the answer of the transition check
     */
    public static String run(ReviewCycle review) {
        ValidationPolicy policy = ValidationPolicy.builder()
                .interval(IntervalPolicy.ofMonths(12))
                .nextDueAnchor(NextDueAnchor.fixedPlan(LocalDate.of(2024, 3, 31)))
                .severity("input.preparer-missing", Severity.ERROR)
                .disable("recommendation.missing")
                .clock(Clock.systemUTC())
                .zone(ZoneId.of("America/Sao_Paulo"))
                .build();
        ReviewValidator validator = ReviewValidator.builder()
                .policy(policy)
                .addRule(new ScopeNamed())
                .build();

        ValidationReport report = validator.validate(review);
        TransitionCheck closing = validator.checkTransition(review, ReviewStage.CLOSED);

        return report.toText() + "\n" + closing;
    }
}
