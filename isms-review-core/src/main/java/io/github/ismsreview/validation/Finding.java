package io.github.ismsreview.validation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing the validator found wrong with a review.
 *
 * <p>A finding names the {@linkplain #ruleId() rule} it comes from, its {@linkplain #severity()
 * severity}, the {@linkplain #path() path} of the offending element (in the names the JSON format
 * uses, for example {@code decisions[1].actions[0].owner}), a message that carries the offending
 * values, the clause of the review's edition the rule rests on, and the values involved by name,
 * so that a program can show, group or translate findings without parsing the message.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Finding {

    private final String ruleId;
    private final Severity severity;
    private final String path;
    private final String message;
    private final String clause;
    private final Map<String, String> values;

    Finding(String ruleId, Severity severity, String path, String message, String clause,
            Map<String, String> values) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.path = Objects.requireNonNull(path, "path");
        this.message = Objects.requireNonNull(message, "message");
        this.clause = Objects.requireNonNull(clause, "clause");
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Returns a finding; used by the validator and by tests and tools that rebuild findings read
     * from elsewhere.
     *
     * @throws NullPointerException if any argument is null
     */
    public static Finding of(String ruleId, Severity severity, String path, String message,
            String clause, Map<String, String> values) {
        return new Finding(ruleId, severity, path, message, clause, values);
    }

    /** Returns the stable id of the rule, for example {@code protocol.unsigned}. */
    public String ruleId() {
        return ruleId;
    }

    /** Returns how serious the finding is. */
    public Severity severity() {
        return severity;
    }

    /** Returns the path of the offending element, or {@code $} for the review itself. */
    public String path() {
        return path;
    }

    /** Returns a message for a person, carrying the offending values. */
    public String message() {
        return message;
    }

    /** Returns the clause the rule rests on, for example {@code ISO/IEC 27001:2022 9.3.2}. */
    public String clause() {
        return clause;
    }

    /** Returns the values involved, by name, in the order the rule gives them. */
    public Map<String, String> values() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Finding that
                && ruleId.equals(that.ruleId)
                && severity == that.severity
                && path.equals(that.path)
                && message.equals(that.message)
                && clause.equals(that.clause)
                && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, severity, path, message, clause, values);
    }

    /** Returns the finding on one line: severity, rule, path, message and clause. */
    @Override
    public String toString() {
        return severity + " " + ruleId + " at " + path + ": " + message + " [" + clause + "]";
    }
}
