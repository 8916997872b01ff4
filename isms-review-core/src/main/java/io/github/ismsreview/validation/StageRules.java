package io.github.ismsreview.validation;

import io.github.ismsreview.model.ReviewCycle;
import java.time.LocalDate;

/** Rules on what the review's stage requires of its dates. */
final class StageRules {

    private StageRules() {
    }

    static void check(RuleContext context) {
        ReviewCycle review = context.review();

        if (review.cancellationReason().isEmpty()
                && context.applies(ReviewRule.STAGE_CANCELLATION_REASON_MISSING)) {
            context.report(ReviewRule.STAGE_CANCELLATION_REASON_MISSING, "cancellationReason",
                    context.message("stage.cancellation-reason-missing"));
        }

        if (review.plannedOn().isEmpty()
                && context.applies(ReviewRule.STAGE_PLANNED_DATE_MISSING)) {
            context.report(ReviewRule.STAGE_PLANNED_DATE_MISSING, "plannedOn",
                    context.message("stage.planned-date-missing"));
        }

        if (review.heldOn().isEmpty()) {
            if (context.applies(ReviewRule.STAGE_HELD_DATE_MISSING)) {
                context.report(ReviewRule.STAGE_HELD_DATE_MISSING, "heldOn",
                        context.message("stage.held-date-missing", "stage", context.stage()),
                        "stage", context.stage());
            }
            return;
        }

        LocalDate heldOn = review.heldOn().get();
        if (heldOn.isAfter(context.asOf()) && context.applies(ReviewRule.STAGE_HELD_IN_FUTURE)) {
            context.report(ReviewRule.STAGE_HELD_IN_FUTURE, "heldOn",
                    context.message("stage.held-in-future",
                            "heldOn", heldOn, "asOf", context.asOf()),
                    "heldOn", heldOn, "asOf", context.asOf());
        }
    }
}
