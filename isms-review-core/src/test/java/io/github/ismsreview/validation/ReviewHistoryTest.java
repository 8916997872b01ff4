package io.github.ismsreview.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.model.ReviewCycle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The history value, the history report and the next due date as values. */
class ReviewHistoryTest {

    private static final Edition E2005 = Edition.ISO_IEC_27001_2005;

    @Test
    void of_keepsTheOrderGiven_andCopiesTheList() {
        ReviewCycle later = HistoryRulesTest.held("MR-2", E2005, "2025-03-01");
        ReviewCycle earlier = HistoryRulesTest.held("MR-1", E2005, "2024-03-01");
        List<ReviewCycle> list = new ArrayList<>(List.of(later, earlier));

        ReviewHistory history = ReviewHistory.of(list);
        list.clear();

        assertThat(history.reviews()).containsExactly(later, earlier);
        assertThat(history.get(1)).isEqualTo(earlier);
        assertThat(history.size()).isEqualTo(2);
        assertThat(history).isEqualTo(ReviewHistory.of(List.of(later, earlier)));
        assertThat(history.toString()).isEqualTo("ReviewHistory[MR-2, MR-1]");
        assertThat(ReviewHistory.of(List.of())).isEqualTo(ReviewHistory.empty());
    }

    @Test
    void of_rejectsNull_namingTheIndex_andGetNamesTheSize() {
        ReviewCycle review = HistoryRulesTest.held("MR-1", E2005, "2024-03-01");

        assertThatThrownBy(() -> ReviewHistory.of(Arrays.asList(review, null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("reviews contains null at index 1");
        assertThatThrownBy(() -> ReviewHistory.of(List.of(review)).get(3))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("index 3 is outside a history of 1 review(s)");
    }

    @Test
    void allFindings_movesThePathsOfEachReviewUnderTheHistory() {
        ReviewHistory history = HistoryRulesTest.chain(E2005, "2024-02-29", "2025-03-01");

        HistoryReport report = HistoryRulesTest.VALIDATOR.validateHistory(history);

        assertThat(report.allFindings()).extracting(Finding::path)
                .contains("$[0].protocol", "$[1].protocol", "$[1].heldOn");
        assertThat(report.reviewReport("MR-1")).contains(report.reviewReports().get(1));
        assertThat(report.hasErrors()).isTrue();
        assertThat(HistoryReport.underReview(2, "$")).isEqualTo("$[2]");
        assertThat(HistoryReport.underReview(2, "decisions[0].actions[1]"))
                .isEqualTo("$[2].decisions[0].actions[1]");
    }

    @Test
    void toText_headsTheReportWithCountsAndTheNextDueDate() {
        ReviewHistory history = HistoryRulesTest.chain(E2005, "2024-02-29", "2025-03-01");

        String text = HistoryRulesTest.VALIDATOR.validateHistory(history).toText();

        assertThat(text).startsWith("History of 2 review(s): ")
                .contains("Next review due by 2026-03-01 (12 months, anchored on the last held"
                        + " review, after MR-1 held on 2025-03-01); 31 day(s) overdue as of"
                        + " 2026-04-01\n")
                .contains("ERROR  history.gap-exceeded  at $[1].heldOn\n")
                .contains("\n$[1] Review MR-1: ");
    }

    @Test
    void nextDue_rejectsAnEmptyInterval_namingIt() {
        LocalDate date = LocalDate.of(2025, 3, 1);

        assertThatThrownBy(() -> NextDue.of(date, "MR-1", date, NextDueAnchor.lastHeld(), 0, date))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("intervalMonths is 0");
    }
}
