package io.github.ismsreview.validation;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What the rules of one validation share: the review, today's date, the policy, the findings. */
final class RuleContext {

    private final ReviewCycle review;
    private final ReviewStage stage;
    private final LocalDate asOf;
    private final ValidationPolicy policy;
    private final Messages messages;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Edition> editions;

    /** Creates a context whose messages are in English. */
    RuleContext(ReviewCycle review, ReviewStage stage, LocalDate asOf, ValidationPolicy policy) {
        this(review, stage, asOf, policy, Locale.ENGLISH);
    }

    /** Creates a context whose messages are in the language of the locale, else English. */
    RuleContext(ReviewCycle review, ReviewStage stage, LocalDate asOf, ValidationPolicy policy,
            Locale locale) {
        this.review = review;
        this.stage = stage;
        this.asOf = asOf;
        this.policy = policy;
        this.messages = Messages.of(Messages.VALIDATION, locale);
        // Asked for by every category check: built once, not once a question.
        this.editions = review.editions();
    }

    ReviewCycle review() {
        return review;
    }

    /** Returns the primary edition, which rules that are not about categories judge by. */
    Edition edition() {
        return review.edition();
    }

    /** Returns the primary edition and the editions an integrated review also covers. */
    List<Edition> editions() {
        return editions;
    }

    /** Checks whether the review is an integrated one, covering more than one edition. */
    boolean isIntegrated() {
        return !review.alsoCovers().isEmpty();
    }

    /**
     * Returns how messages name the editions the review covers: the primary edition's title, or
     * the titles joined by {@code +} for an integrated review.
     */
    String editionTitles() {
        return String.join(" + ", editions().stream().map(Edition::title).toList());
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

    /** Returns the locale the findings' messages are written for. */
    Locale locale() {
        return messages.locale();
    }

    /**
     * Returns the message of the key in the validator's language, its named placeholders filled
     * in literally; the key is a rule's id, with a suffix where the rule has variants.
     *
     * @param namesAndValues placeholder names and values, alternating
     */
    String message(String key, Object... namesAndValues) {
        return messages.format(key, namesAndValues);
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
        report(rule, edition(), path, message, namesAndValues);
    }

    /**
     * Reports a finding of the rule as one of the given edition: with the rule's severity for it
     * and its clause, for a finding that one of the editions of an integrated review raises.
     */
    void report(ReviewRule rule, Edition edition, String path, String message,
            Object... namesAndValues) {
        add(rule, policy.severity(rule, edition), edition, path, message, namesAndValues);
    }

    /**
     * Reports a finding of the rule with the given severity, unless the policy switches the rule
     * off; a severity the policy sets for the rule wins.
     */
    void report(ReviewRule rule, Severity severity, String path, String message,
            Object... namesAndValues) {
        add(rule, severity, edition(), path, message, namesAndValues);
    }

    private void add(ReviewRule rule, Severity severity, Edition edition, String path,
            String message, Object... namesAndValues) {
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
        findings.add(new Finding(rule.id(), severity, path, message,
                rule.clause(edition, messages.locale()), values));
    }

    /** Returns an enum value as the JSON format writes it, for example {@code top-management}. */
    static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Adds a finding made elsewhere, such as by a custom rule. */
    void add(Finding finding) {
        findings.add(finding);
    }

    List<Finding> findings() {
        return findings;
    }
}
