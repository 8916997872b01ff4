package io.github.ismsreview.validation;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the rules of one validation share: the review, today's date, the policy, the findings. */
final class RuleContext {

    private final ReviewCycle review;
    private final ReviewStage stage;
    private final LocalDate asOf;
    private final ValidationPolicy policy;
    private final List<Finding> findings = new ArrayList<>();

    RuleContext(ReviewCycle review, ReviewStage stage, LocalDate asOf, ValidationPolicy policy) {
        this.review = review;
        this.stage = stage;
        this.asOf = asOf;
        this.policy = policy;
    }

    ReviewCycle review() {
        return review;
    }

    Edition edition() {
        return review.edition();
    }

    LocalDate asOf() {
        return asOf;
    }

    IntervalPolicy intervalPolicy() {
        return policy.interval();
    }

    /** Returns the stage the review is judged at: its own, or one it is checked to move to. */
    ReviewStage stage() {
        return stage;
    }

    /** Returns the date of the meeting: the held date, or else the protocol's meeting date. */
    Optional<LocalDate> meetingDate() {
        if (review.heldOn().isPresent()) {
            return review.heldOn();
        }
        return review.protocol().flatMap(protocol -> protocol.meetingOn());
    }

    /** Checks whether the rule is switched on and the stage is one it applies to. */
    boolean applies(ReviewRule rule) {
        return stage.isAtLeast(rule.appliesFrom()) && !policy.isDisabled(rule.id());
    }

    /**
     * Reports a finding of the rule with the rule's severity for the edition.
     *
     * @param namesAndValues the values involved, as alternating names and values
     */
    void report(ReviewRule rule, String path, String message, Object... namesAndValues) {
        report(rule, policy.severity(rule, edition()), path, message, namesAndValues);
    }

    /**
     * Reports a finding of the rule with the given severity, unless the policy switches the rule
     * off; a severity the policy sets for the rule wins.
     */
    void report(ReviewRule rule, Severity severity, String path, String message,
            Object... namesAndValues) {
        if (policy.isDisabled(rule.id())) {
            return;
        }
        severity = policy.severity(rule.id(), severity);
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            values.put(String.valueOf(namesAndValues[i]),
                    value instanceof Enum<?> constant ? key(constant) : String.valueOf(value));
        }
        findings.add(new Finding(rule.id(), severity, path, message, rule.clause(edition()),
                values));
    }

    /** Returns an enum value as the JSON format writes it, for example {@code top-management}. */
    static String key(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Adds a finding made elsewhere, such as by a custom rule. */
    void add(Finding finding) {
        findings.add(finding);
    }

    List<Finding> findings() {
        return findings;
    }
}
