package io.github.ismsreview.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.model.PreviousReview;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import io.github.ismsreview.testing.ReviewGens;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of history validation over generated histories and dates. */
class ReviewHistoryProperties {

    private static final ReviewValidator VALIDATOR = ReviewRulesTest.VALIDATOR;

    @Test
    void validateHistory_neverThrows_andIsDeterministic_onAnyGeneratedHistory() {
        qt().withExamples(600).forAll(histories()).checkAssert(history -> {
            HistoryReport first = VALIDATOR.validateHistory(history);
            HistoryReport second = VALIDATOR.validateHistory(history);

            assertThat(first).isEqualTo(second);
            assertThat(first.nextDue()).isEqualTo(VALIDATOR.nextDue(history));
            assertThat(first.toText()).isEqualTo(second.toText());
            assertThat(first.historyFindings()).allSatisfy(finding -> {
                assertThat(ReviewRule.fromId(finding.ruleId())).isPresent();
                assertThat(finding.ruleId()).startsWith("history.");
                assertThat(finding.path()).matches("\\$\\[\\d+\\].*");
                int index = Integer.parseInt(finding.path().replaceAll("^\\$\\[(\\d+)\\].*", "$1"));
                assertThat(finding.clause())
                        .startsWith(history.get(index).edition().title());
            });
        });
    }

    @Test
    void validatingAHistory_isValidatingEachReview_plusTheFindingsAcrossReviews() {
        qt().withExamples(600).forAll(histories()).checkAssert(history -> {
            HistoryReport report = VALIDATOR.validateHistory(history);

            List<ValidationReport> parts = history.reviews().stream()
                    .map(VALIDATOR::validate).toList();
            List<Finding> across = HistoryRules.check(history, VALIDATOR.policy(),
                    VALIDATOR.asOf());

            assertThat(report.reviewReports()).isEqualTo(parts);
            assertThat(report.historyFindings()).isEqualTo(across);
            assertThat(report.allFindings()).hasSize(parts.stream()
                    .mapToInt(part -> part.findings().size()).sum() + across.size());
            assertThat(report.hasErrors()).isEqualTo(
                    parts.stream().anyMatch(ValidationReport::hasErrors)
                            || across.stream().anyMatch(f -> f.severity() == Severity.ERROR));
        });
    }

    @Test
    void gapRule_agreesWithAnIndependentCalendarOracle() {
        Gen<Integer> sizes = Generate.range(1, 6);
        Gen<Integer> dayCounts = Generate.range(1, 800);
        Gen<List<Integer>> gaps = in -> {
            int size = sizes.generate(in);
            List<Integer> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(dayCounts.generate(in));
            }
            return list;
        };
        qt().withExamples(3000)
                .forAll(ReviewGens.dates(), gaps, ReviewGens.editions())
                .checkAssert((start, days, edition) -> {
                    List<LocalDate> dates = new ArrayList<>(List.of(start));
                    for (int gap : days) {
                        dates.add(dates.get(dates.size() - 1).plusDays(gap));
                    }
                    Set<String> expected = new TreeSet<>();
                    for (int i = 1; i < dates.size(); i++) {
                        if (isLaterThanOneCalendarYear(dates.get(i - 1), dates.get(i))) {
                            expected.add("$[" + i + "].heldOn");
                        }
                    }

                    Set<String> reported = new TreeSet<>();
                    VALIDATOR.validateHistory(heldOn(edition, dates))
                            .historyFindings(ReviewRule.HISTORY_GAP_EXCEEDED.id())
                            .forEach(finding -> reported.add(finding.path()));

                    assertThat(reported).as("held on %s", dates).isEqualTo(expected);
                });
    }

    /**
     * Returns histories of up to six reviews: half of them unrelated generated reviews, half
     * generated reviews linked into a chain (ids MR-0, MR-1, ..., held dates 200 to 500 days
     * apart, each naming the one before), so that every rule across reviews both passes and
     * fails.
     */
    static Gen<ReviewHistory> histories() {
        Gen<ReviewCycle> reviews = ReviewGens.reviews();
        Gen<Integer> sizes = Generate.range(0, 6);
        Gen<LocalDate> dates = ReviewGens.dates();
        Gen<Integer> gaps = Generate.range(200, 500);
        Gen<ReviewHistory> unrelated = in -> {
            int size = sizes.generate(in);
            List<ReviewCycle> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(reviews.generate(in));
            }
            return ReviewHistory.of(list);
        };
        Gen<ReviewHistory> linked = in -> {
            int size = sizes.generate(in);
            LocalDate heldOn = dates.generate(in);
            List<ReviewCycle> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                ReviewCycle.Builder review = ReviewCycle.builder().from(reviews.generate(in))
                        .id("MR-" + i)
                        .heldOn(heldOn);
                if (i > 0) {
                    review.previousReview(PreviousReview.of("MR-" + (i - 1),
                            list.get(i - 1).heldOn().orElseThrow()));
                }
                list.add(review.build());
                heldOn = heldOn.plusDays(gaps.generate(in));
            }
            return ReviewHistory.of(list);
        };
        return Generate.frequency(Pair.of(1, unrelated), Pair.of(1, linked));
    }

    private static ReviewHistory heldOn(Edition edition, List<LocalDate> dates) {
        List<ReviewCycle> reviews = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            ReviewCycle.Builder review = ReviewCycle.builder()
                    .id("MR-" + i)
                    .edition(edition)
                    .stage(ReviewStage.HELD)
                    .heldOn(dates.get(i));
            if (i > 0) {
                review.previousReview(PreviousReview.of("MR-" + (i - 1), dates.get(i - 1)));
            }
            reviews.add(review.build());
        }
        return ReviewHistory.of(reviews);
    }

    /**
     * Checks whether {@code later} is after the same month and day one year after
     * {@code earlier} (the last day of February where the 29th does not exist), comparing year,
     * month and day as numbers without java.time arithmetic.
     */
    private static boolean isLaterThanOneCalendarYear(LocalDate earlier, LocalDate later) {
        int year = earlier.getYear() + 1;
        int day = earlier.getDayOfMonth();
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        if (earlier.getMonth() == Month.FEBRUARY && day == 29 && !leap) {
            day = 28;
        }
        long latest = year * 10_000L + earlier.getMonthValue() * 100L + day;
        long held = later.getYear() * 10_000L + later.getMonthValue() * 100L
                + later.getDayOfMonth();
        return held > latest;
    }
}
