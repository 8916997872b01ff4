package io.github.ismsreview.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.model.InputEntry;
import io.github.ismsreview.model.PreviousReview;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Regression tests for reviews built to break the validator or its printed report. */
class HostileTextTest {

    @Test
    void previousReviewOnTheLastDateThereIs_doesNotMakeValidateThrow() {
        ReviewCycle review = ReviewCycle.builder()
                .id("X")
                .edition(Edition.ISO_IEC_27001_2022)
                .stage(ReviewStage.HELD)
                .previousReview(PreviousReview.heldOn(LocalDate.MAX))
                .heldOn(LocalDate.MAX)
                .build();

        ValidationReport report = ReviewRulesTest.VALIDATOR.validate(review);

        assertThat(report.findings(ReviewRule.INTERVAL_NOT_AFTER_PREVIOUS.id())).hasSize(1);
        assertThat(ReviewRulesTest.VALIDATOR.validate(ReviewCycle.builder().from(review)
                .heldOn(java.util.Optional.empty()).build()).findings()).isNotEmpty();
    }

    @Test
    void textWithLineBreaksAndEscapes_cannotForgeLinesOfTheTextReport() {
        ReviewCycle review = ReviewCycle.builder()
                .id("MR\nReview FAKE: 0 error(s), 0 warning(s)")
                .edition(Edition.ISO_IEC_27001_2022)
                .addInput(InputEntry.addressed("x'\n\nERROR  fake.rule\u001b[31m\u202e", "s"))
                .build();

        String text = ReviewRulesTest.VALIDATOR.validate(review).toText();

        assertThat(text.lines()).noneMatch(line -> line.startsWith("Review FAKE"));
        assertThat(text.lines()).noneMatch(line -> line.startsWith("ERROR  fake.rule"));
        assertThat(text).doesNotContain("\u001b", "\u202e")
                .contains("MR\\u000AReview FAKE", "\\u001B[31m\\u202E");
    }
}
