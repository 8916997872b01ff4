package io.github.ismsreview.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.model.PreviousReview;
import io.github.ismsreview.model.Protocol;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import io.github.ismsreview.testing.SampleReviews;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What each stage of a review asks of the record. */
class StageRulesTest {

    private static final ReviewValidator VALIDATOR = ReviewRulesTest.VALIDATOR;

    @Test
    void plannedReview_isNotFaultedForMissingInputsOutputsOrProtocol() {
        ReviewCycle planned = ReviewCycle.builder()
                .id("MR-2026")
                .edition(Edition.ISO_IEC_27001_2022)
                .stage(ReviewStage.PLANNED)
                .plannedOn(LocalDate.of(2026, 3, 15))
                .previousReview(PreviousReview.of("MR-2025", LocalDate.of(2025, 4, 20)))
                .build();

        assertThat(VALIDATOR.validate(planned).findings()).isEmpty();
    }

    @Test
    void reviewWithInputsPrepared_needsEveryInputButNoOutputs() {
        ReviewCycle clean = SampleReviews.complete2022();
        ReviewCycle prepared = ReviewCycle.builder()
                .id(clean.id())
                .edition(clean.edition())
                .stage(ReviewStage.INPUTS_PREPARED)
                .plannedOn(LocalDate.of(2026, 4, 15))
                .previousReview(PreviousReview.of("MR-2025", LocalDate.of(2025, 4, 20)))
                .inputs(clean.inputs().subList(0, 9))
                .build();

        assertThat(VALIDATOR.validate(prepared).findings())
                .extracting(Finding::ruleId)
                .containsExactly(ReviewRule.INPUT_CATEGORY_MISSING.id());
    }

    @Test
    void unsignedProtocol_isAWarningWhileHeld_andAnErrorOnceClosed() {
        ReviewCycle clean = SampleReviews.complete2022();
        Protocol unsigned = Protocol.builder().from(clean.protocol().orElseThrow())
                .signature(Optional.empty())
                .build();
        ReviewCycle held = ReviewCycle.builder().from(clean)
                .stage(ReviewStage.HELD).protocol(unsigned).build();
        ReviewCycle closed = ReviewCycle.builder().from(held).stage(ReviewStage.CLOSED).build();

        assertThat(VALIDATOR.validate(held).findings())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("protocol.unsigned");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                });
        assertThat(VALIDATOR.validate(closed).findings())
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void closedReviewWithNothingRecorded_getsAFindingForEveryMissingPart() {
        ReviewCycle empty = ReviewCycle.builder()
                .id("MR-empty")
                .edition(Edition.ISO_IEC_27001_2005)
                .stage(ReviewStage.CLOSED)
                .build();

        ValidationReport report = VALIDATOR.validate(empty);

        assertThat(report.hasErrors()).isTrue();
        assertThat(report.findings(ReviewRule.INPUT_CATEGORY_MISSING.id())).hasSize(9);
        assertThat(report.findings()).extracting(Finding::ruleId).contains(
                "stage.held-date-missing", "decision.none", "protocol.missing",
                "assessment.policy-missing", "assessment.objectives-missing",
                "recommendation.missing", "interval.previous-unknown");
    }

    @Test
    void missing2005Input_namesTheGuideLetterBesideTheStandardsLetter() {
        ReviewCycle clean = SampleReviews.complete2005();
        ReviewCycle review = ReviewCycle.builder().from(clean)
                .inputs(clean.inputs().stream()
                        .filter(i -> !i.category().equals("preventive-corrective-actions"))
                        .toList())
                .build();

        List<Finding> missing = VALIDATOR.validate(review)
                .findings(ReviewRule.INPUT_CATEGORY_MISSING.id());

        assertThat(missing).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("7.2 d)", "letter e in the 2009 guide");
            assertThat(f.values()).containsEntry("category", "preventive-corrective-actions");
            assertThat(f.clause()).isEqualTo("ISO/IEC 27001:2005 7.2");
        });
    }
}
