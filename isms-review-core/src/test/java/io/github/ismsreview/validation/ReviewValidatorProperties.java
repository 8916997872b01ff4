package io.github.ismsreview.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.testing.ReviewGens;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Properties of the validator over generated reviews and dates. */
class ReviewValidatorProperties {

    private static final ReviewValidator VALIDATOR = ReviewRulesTest.VALIDATOR;

    @Test
    void validate_neverThrows_andIsDeterministic_onAnyGeneratedReview() {
        qt().withExamples(3000).forAll(ReviewGens.reviews()).checkAssert(review -> {
            ValidationReport first = VALIDATOR.validate(review);
            ValidationReport second = VALIDATOR.validate(review);

            assertThat(first).isEqualTo(second);
            assertThat(first.reviewId()).isEqualTo(review.id());
            assertThat(first.findings()).allSatisfy(finding -> {
                assertThat(ReviewRule.fromId(finding.ruleId())).isPresent();
                // A finding cites the primary edition unless it names the edition it comes from.
                Edition cited = Optional.ofNullable(finding.values().get("edition"))
                        .map(Edition::fromKey)
                        .orElse(review.edition());
                assertThat(review.editions()).contains(cited);
                assertThat(finding.clause()).startsWith(cited.title());
            });
        });
    }

    @Test
    void intervalRule_agreesWithAnIndependentCalendarOracle() {
        qt().withExamples(5000)
                .forAll(ReviewGens.dates(), integers().between(1, 800))
                .checkAssert((previous, days) -> {
                    LocalDate held = previous.plusDays(days);
                    ReviewCycle review = IntervalRulesTest.held(Edition.ISO_IEC_27001_2005,
                            previous, held);

                    boolean reported = !VALIDATOR.validate(review)
                            .findings(ReviewRule.INTERVAL_EXCEEDED.id()).isEmpty();

                    assertThat(reported)
                            .as("previous %s, held %s", previous, held)
                            .isEqualTo(held.isAfter(oneCalendarYearAfter(previous)));
                });
    }

    /**
     * Returns the same month and day one year later, or the last day of that month where the
     * day does not exist (29 February in a common year), computed without java.time arithmetic.
     */
    private static LocalDate oneCalendarYearAfter(LocalDate date) {
        int year = date.getYear() + 1;
        int day = date.getDayOfMonth();
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        if (date.getMonth() == Month.FEBRUARY && day == 29 && !leap) {
            day = 28;
        }
        return LocalDate.of(year, date.getMonthValue(), day);
    }
}
