package io.github.ismsreview.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The findings of one validation of one review, errors first.
 *
 * <p>A program reads the {@linkplain #findings() findings}; a person reads {@link #toText()}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ValidationReport {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(Finding::path)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    private final String reviewId;
    private final List<Finding> findings;

    private ValidationReport(String reviewId, List<Finding> findings) {
        this.reviewId = reviewId;
        this.findings = findings;
    }

    /**
     * Returns a report on the review with the given id; the findings are sorted errors first,
     * then by path and rule.
     */
    public static ValidationReport of(String reviewId, List<Finding> findings) {
        Objects.requireNonNull(reviewId, "reviewId");
        return new ValidationReport(reviewId, findings.stream().sorted(ORDER).toList());
    }

    /** Returns the id of the review this report is about. */
    public String reviewId() {
        return reviewId;
    }

    /** Returns every finding, errors first, then by path and rule. */
    public List<Finding> findings() {
        return findings;
    }

    /** Returns the findings of the given severity. */
    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /** Returns the findings of the given rule. */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** Checks whether any finding is an error. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** Checks whether there are no findings at all. */
    public boolean isClean() {
        return findings.isEmpty();
    }

    /** Returns how many findings have the given severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * Returns the report for a person to read: a headline with the counts, then one block per
     * finding with its severity, rule, path, message and clause.
     */
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append("Review ").append(printable(reviewId)).append(": ")
                .append(count(Severity.ERROR)).append(" error(s), ")
                .append(count(Severity.WARNING)).append(" warning(s)\n");
        for (Finding finding : findings) {
            text.append('\n')
                    .append(finding.severity() == Severity.ERROR ? "ERROR  " : "WARN   ")
                    .append(finding.ruleId()).append("  at ").append(printable(finding.path()))
                    .append('\n')
                    .append("       ").append(printable(finding.message())).append('\n')
                    .append("       (").append(finding.clause()).append(")\n");
        }
        return text.toString();
    }

    /**
     * Returns the text with control characters, line and paragraph separators and bidirectional
     * controls shown as {@code \\uXXXX}, so that text taken from a review cannot forge lines or
     * drive a terminal when it is printed; {@link #toText()} prints every value this way.
     *
     * @param text any text, for example a review's id or a file name
     * @return the text, unchanged where it holds none of those characters
     */
    public static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200E' || c == '\u200F' || c == '\u061C';
            if (unsafe && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (unsafe) {
                    out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidationReport that
                && reviewId.equals(that.reviewId)
                && findings.equals(that.findings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reviewId, findings);
    }

    @Override
    public String toString() {
        return "ValidationReport[" + reviewId + ", " + findings.size() + " finding(s)]";
    }
}
