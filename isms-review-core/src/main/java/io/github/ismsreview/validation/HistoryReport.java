package io.github.ismsreview.validation;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The findings of one validation of a {@link ReviewHistory}: the report on each review, exactly
 * as {@link ReviewValidator#validate(io.github.ismsreview.model.ReviewCycle)} gives it, the
 * findings across reviews (order, ids, gaps, follow-up of actions) and the next due date.
 *
 * <p>Paths of the findings across reviews start at the history: {@code $[3].heldOn} is the held
 * date of review 3 (counted from 0). {@link #allFindings()} gives the findings of the reviews
 * with their paths moved under the history the same way.
 *
 * <pre>{@code
 * HistoryReport report = validator.validateHistory(history);
 * if (report.hasErrors()) {
 *     System.out.print(report.toText());
 * }
 * report.nextDue().filter(NextDue::isOverdue).ifPresent(next -> remind(next.dueOn()));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class HistoryReport {

    private final List<ValidationReport> reviewReports;
    private final List<Finding> historyFindings;
    private final Optional<NextDue> nextDue;

    private HistoryReport(List<ValidationReport> reviewReports, List<Finding> historyFindings,
            Optional<NextDue> nextDue) {
        this.reviewReports = List.copyOf(reviewReports);
        this.historyFindings = List.copyOf(historyFindings);
        this.nextDue = nextDue;
    }

    /**
     * Returns a report made of the given parts; used by the validator and by tools that rebuild
     * a report read from elsewhere.
     *
     * @param reviewReports the report on each review, in the order of the history
     * @param historyFindings the findings across reviews, in the order the rules gave them
     * @param nextDue the next due date, or empty when no review of the history was held
     * @throws NullPointerException if an argument or an element is null
     */
    public static HistoryReport of(List<ValidationReport> reviewReports,
            List<Finding> historyFindings, Optional<NextDue> nextDue) {
        Objects.requireNonNull(reviewReports, "reviewReports");
        Objects.requireNonNull(historyFindings, "historyFindings");
        Objects.requireNonNull(nextDue, "nextDue");
        return new HistoryReport(reviewReports, historyFindings, nextDue);
    }

    /** Returns the report on each review, in the order of the history: index i is review i. */
    public List<ValidationReport> reviewReports() {
        return reviewReports;
    }

    /**
     * Returns the report on the first review of the history with the given id; two reviews
     * with the same id are themselves a finding ({@code history.duplicate-id}).
     */
    public Optional<ValidationReport> reviewReport(String reviewId) {
        Objects.requireNonNull(reviewId, "reviewId");
        return reviewReports.stream().filter(r -> r.reviewId().equals(reviewId)).findFirst();
    }

    /** Returns the findings across reviews, with paths from the history ({@code $[i]...}). */
    public List<Finding> historyFindings() {
        return historyFindings;
    }

    /** Returns the findings across reviews of the rule with the given id. */
    public List<Finding> historyFindings(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return historyFindings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /**
     * Returns the date by which the review after the last held one is due, with what it was
     * computed from; empty when no review of the history has been held.
     */
    public Optional<NextDue> nextDue() {
        return nextDue;
    }

    /**
     * Returns every finding: those of each review in history order, their paths moved under
     * the history ({@code decisions[0].owner} of review 2 becomes
     * {@code $[2].decisions[0].owner}), then the findings across reviews.
     */
    public List<Finding> allFindings() {
        List<Finding> all = new ArrayList<>();
        for (int i = 0; i < reviewReports.size(); i++) {
            for (Finding finding : reviewReports.get(i).findings()) {
                all.add(Finding.of(finding.ruleId(), finding.severity(),
                        underReview(i, finding.path()), finding.message(), finding.clause(),
                        finding.values()));
            }
        }
        all.addAll(historyFindings);
        return List.copyOf(all);
    }

    /** Checks whether any finding, of a review or across reviews, is an error. */
    public boolean hasErrors() {
        return reviewReports.stream().anyMatch(ValidationReport::hasErrors)
                || historyFindings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** Returns how many findings, of the reviews and across them, have the given severity. */
    public long count(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        long inReviews = reviewReports.stream().mapToLong(r -> r.count(severity)).sum();
        return inReviews + historyFindings.stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * Returns the report for a person to read: a headline with the counts and the next due
     * date, the findings across reviews, then the report on each review.
     */
    public String toText() {
        StringWriter text = new StringWriter();
        printText(new PrintWriter(text));
        return text.toString();
    }

    /**
     * Writes the text of {@link #toText()} to the writer piece by piece, review by review, so
     * that the text of a long history is never held whole in memory; the writer is flushed, not
     * closed.
     */
    public void printText(PrintWriter out) {
        StringBuilder head = new StringBuilder();
        head.append("History of ").append(reviewReports.size()).append(" review(s): ")
                .append(count(Severity.ERROR)).append(" error(s), ")
                .append(count(Severity.WARNING)).append(" warning(s)\n");
        nextDue.ifPresent(next -> head.append("Next review due by ").append(next.dueOn())
                .append(" (").append(next.intervalMonths()).append(" months, anchored on the ")
                .append(next.anchor()).append(", after ")
                .append(ValidationReport.printable(next.lastHeldReviewId()))
                .append(" held on ").append(next.lastHeldOn()).append("); ")
                .append(next.isOverdue()
                        ? next.daysOverdue() + " day(s) overdue as of " + next.asOf()
                        : "not overdue as of " + next.asOf())
                .append('\n'));
        head.append("\nAcross reviews: ").append(historyFindings.size()).append(" finding(s)\n");
        out.print(head);
        for (Finding finding : historyFindings) {
            out.print("\n" + (finding.severity() == Severity.ERROR ? "ERROR  " : "WARN   ")
                    + finding.ruleId() + "  at " + ValidationReport.printable(finding.path())
                    + "\n       " + ValidationReport.printable(finding.message())
                    + "\n       (" + finding.clause() + ")\n");
        }
        for (int i = 0; i < reviewReports.size(); i++) {
            out.print("\n$[" + i + "] " + reviewReports.get(i).toText());
        }
        out.flush();
    }

    /** Returns the path of a finding of review {@code index}, moved under the history. */
    static String underReview(int index, String path) {
        String review = "$[" + index + "]";
        if (path.equals("$")) {
            return review;
        }
        if (path.startsWith("$.") || path.startsWith("$[")) {
            return review + path.substring(1);
        }
        return review + (path.startsWith("[") ? "" : ".") + path;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HistoryReport that
                && reviewReports.equals(that.reviewReports)
                && historyFindings.equals(that.historyFindings)
                && nextDue.equals(that.nextDue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reviewReports, historyFindings, nextDue);
    }

    @Override
    public String toString() {
        return "HistoryReport[" + reviewReports.size() + " review(s), " + historyFindings.size()
                + " finding(s) across reviews, " + nextDue.map(NextDue::toString).orElse(
                        "no review held") + "]";
    }
}
