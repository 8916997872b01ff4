package io.github.ismsreview.validation;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.model.ReviewCycle;
import java.util.Map;

/**
 * A rule of the organization's own, checked beside the built-in {@link ReviewRule}s.
 *
 * <pre>{@code
 * public final class DpoAttends implements CustomRule {
 *     public String id() { return "acme.dpo-attends"; }
 *     public Severity defaultSeverity() { return Severity.WARNING; }
 *     public String title() { return "The data protection officer attends the review"; }
 *     public void check(ReviewCycle review, FindingSink sink) {
 *         boolean present = review.protocol().stream()
 *                 .flatMap(p -> p.participants().stream())
 *                 .anyMatch(p -> p.title().filter("DPO"::equals).isPresent());
 *         if (!present) {
 *             sink.report("protocol.participants", "no participant with the title DPO");
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>Register a rule with {@link ReviewValidator.Builder#addRule(CustomRule)}, or list its class
 * in {@code META-INF/services/io.github.ismsreview.validation.CustomRule} so that the validator
 * finds it through {@link java.util.ServiceLoader}. A rule is called from several threads at once
 * and must be thread-safe. A rule that throws does not stop the validation: the validator
 * reports {@code rule.failed} for it, logs the failure once at WARN, and runs the other rules.
 */
public interface CustomRule {

    /**
     * Returns the stable id of the rule, which findings carry; it must differ from every built-in
     * id, for example by a prefix of the organization ({@code acme.dpo-attends}).
     */
    String id();

    /** Returns the severity of the rule's findings unless a policy sets another. */
    Severity defaultSeverity();

    /** Returns a one-line statement of what the rule expects. */
    String title();

    /** Returns what a finding cites for a review of the given edition. */
    default String clause(Edition edition) {
        return "the organization's own rule";
    }

    /**
     * Checks the review and reports what is wrong through the sink.
     *
     * @param review the review, however incomplete
     * @param sink where findings go
     */
    void check(ReviewCycle review, FindingSink sink);

    /** Receives the findings of a {@link CustomRule}. */
    interface FindingSink {

        /**
         * Reports a finding of the rule at the path (in the JSON format's names).
         *
         * @param values the values involved, by name
         */
        void report(String path, String message, Map<String, String> values);

        /** Reports a finding without named values. */
        default void report(String path, String message) {
            report(path, message, Map.of());
        }
    }
}
