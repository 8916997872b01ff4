package io.github.ismsreview.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ismsreview.model.Action;
import io.github.ismsreview.model.Decision;
import io.github.ismsreview.model.Protocol;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import io.github.ismsreview.testing.SampleReviews;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whether a review may move to another stage, and why not. */
class TransitionCheckTest {

    private static final ReviewValidator VALIDATOR = ReviewRulesTest.VALIDATOR;

    private static final ReviewCycle HELD = ReviewCycle.builder()
            .from(SampleReviews.complete2022()).stage(ReviewStage.HELD).build();

    @Test
    void completeHeldReview_mayBeClosed() {
        TransitionCheck check = VALIDATOR.checkTransition(HELD, ReviewStage.CLOSED);

        assertThat(check.isAllowed()).isTrue();
        assertThat(check.toString()).isEqualTo("HELD -> CLOSED: allowed");
    }

    @Test
    void unsignedReview_cannotBeClosed() {
        Protocol unsigned = Protocol.builder().from(HELD.protocol().orElseThrow())
                .signature(Optional.empty()).build();
        ReviewCycle review = ReviewCycle.builder().from(HELD).protocol(unsigned).build();

        TransitionCheck check = VALIDATOR.checkTransition(review, ReviewStage.CLOSED);

        assertThat(check.isAllowed()).isFalse();
        assertThat(check.blockers()).extracting(Finding::ruleId)
                .containsExactly("protocol.unsigned");
        assertThat(VALIDATOR.validate(review).hasErrors()).isFalse();
    }

    @Test
    void decisionWithAnOwnerlessAction_blocksClosing() {
        Decision first = HELD.decisions().get(0);
        Decision ownerless = Decision.builder().from(first)
                .actions(List.of(Action.builder().from(first.actions().get(0))
                        .owner(Optional.empty()).build()))
                .build();
        ReviewCycle review = ReviewCycle.builder().from(HELD)
                .decisions(List.of(ownerless, HELD.decisions().get(1))).build();

        assertThat(VALIDATOR.checkTransition(review, ReviewStage.CLOSED).blockers())
                .extracting(Finding::ruleId)
                .containsExactly("action.owner-missing");
    }

    @Test
    void skippingAStage_isNotAllowed() {
        ReviewCycle planned = ReviewCycle.builder().from(HELD).stage(ReviewStage.PLANNED).build();

        TransitionCheck check = VALIDATOR.checkTransition(planned, ReviewStage.HELD);

        assertThat(check.reasons()).containsExactly(
                "a review moves one stage at a time: from planned the next stage is"
                        + " inputs-prepared");
    }

    @Test
    void cancelling_needsAReason_andAClosedReviewCannotBeCancelled() {
        assertThat(VALIDATOR.checkTransition(HELD, ReviewStage.CANCELLED).blockers())
                .extracting(Finding::ruleId)
                .containsExactly("stage.cancellation-reason-missing");
        ReviewCycle withReason = ReviewCycle.builder().from(HELD)
                .cancellationReason("Merged into the group-wide review").build();
        assertThat(VALIDATOR.checkTransition(withReason, ReviewStage.CANCELLED).isAllowed())
                .isTrue();
        ReviewCycle closed = ReviewCycle.builder().from(withReason)
                .stage(ReviewStage.CLOSED).build();
        assertThat(VALIDATOR.checkTransition(closed, ReviewStage.CANCELLED).reasons())
                .containsExactly("the review is closed; a closed review cannot be cancelled");
    }

    @Test
    void cancelledReview_asksForNothingButItsReason() {
        ReviewCycle cancelled = ReviewCycle.builder()
                .id("MR-X")
                .edition(io.github.ismsreview.edition.Edition.ISO_IEC_27001_2005)
                .stage(ReviewStage.CANCELLED)
                .cancellationReason("Superseded by the integrated review")
                .firstReview(true)
                .plannedOn(SampleReviews.MEETING)
                .build();

        assertThat(VALIDATOR.validate(cancelled).findings()).isEmpty();
    }
}
