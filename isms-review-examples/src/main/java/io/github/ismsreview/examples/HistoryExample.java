package io.github.ismsreview.examples;

import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.validation.Finding;
import io.github.ismsreview.validation.HistoryReport;
import io.github.ismsreview.validation.NextDue;
import io.github.ismsreview.validation.ReviewHistory;
import io.github.ismsreview.validation.ReviewValidator;
import io.github.ismsreview.validation.ValidationReport;
import java.util.List;
import java.util.Optional;

/**
 * The history sample of the README: validates three reviews of one ISMS as one history.
 *
 * <p>The body of {@link #run} is the sample, line for line; a test runs it.
 */
public final class HistoryExample {

    private HistoryExample() {
    }

    /**
     * Validates the three reviews as one history.
     *
     * @return a one-line summary: reviews, findings across them, the next due date
     */
    public static String run(ReviewValidator validator, ReviewCycle review2024,
            ReviewCycle review2025, ReviewCycle review2026) {
        ReviewHistory history = ReviewHistory.of(List.of(review2024, review2025, review2026));
        HistoryReport report = validator.validateHistory(history);

        List<ValidationReport> each = report.reviewReports();  // validate(review) of each one
        List<Finding> across = report.historyFindings();       // paths such as $[2].heldOn
        Optional<NextDue> next = report.nextDue();              // due date, its base, overdue?

        return each.size() + " reviews, " + across.size() + " finding(s) across them, "
                + next.map(NextDue::toString).orElse("no review held yet");
    }
}
