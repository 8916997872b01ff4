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
                    "the review is cancelled but does not say why");
        }

        if (review.plannedOn().isEmpty()
                && context.applies(ReviewRule.STAGE_PLANNED_DATE_MISSING)) {
            context.report(ReviewRule.STAGE_PLANNED_DATE_MISSING, "plannedOn",
                    "the review has no planned date, so the record does not show that it was"
                            + " held at a planned interval");
        }

        if (review.heldOn().isEmpty()) {
            if (context.applies(ReviewRule.STAGE_HELD_DATE_MISSING)) {
                context.report(ReviewRule.STAGE_HELD_DATE_MISSING, "heldOn",
                        "the review is at stage " + RuleContext.key(context.stage())
                                + " but has no held date",
                        "stage", context.stage());
            }
            return;
        }

        LocalDate heldOn = review.heldOn().get();
        if (heldOn.isAfter(context.asOf()) && context.applies(ReviewRule.STAGE_HELD_IN_FUTURE)) {
            context.report(ReviewRule.STAGE_HELD_IN_FUTURE, "heldOn",
                    "heldOn " + heldOn + " is after today, " + context.asOf(),
                    "heldOn", heldOn, "asOf", context.asOf());
        }
    }
}
