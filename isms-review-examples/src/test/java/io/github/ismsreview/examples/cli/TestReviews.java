package io.github.ismsreview.examples.cli;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.edition.InputCategory;
import io.github.ismsreview.model.Action;
import io.github.ismsreview.model.ChangeAssessment;
import io.github.ismsreview.model.ChangeDriver;
import io.github.ismsreview.model.Decision;
import io.github.ismsreview.model.Evidence;
import io.github.ismsreview.model.InputEntry;
import io.github.ismsreview.model.InputStatus;
import io.github.ismsreview.model.Money;
import io.github.ismsreview.model.Participant;
import io.github.ismsreview.model.ParticipantRole;
import io.github.ismsreview.model.PreviousReview;
import io.github.ismsreview.model.Protocol;
import io.github.ismsreview.model.Recommendation;
import io.github.ismsreview.model.RecommendationKind;
import io.github.ismsreview.model.Resources;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import io.github.ismsreview.model.Signature;
import java.time.LocalDate;

/** Reviews the command-line tests validate, built in code. */
final class TestReviews {

    /** The date of the meeting of {@link #complete2005()}. */
    static final LocalDate HELD_ON = LocalDate.of(2009, 3, 10);

    /** A date after {@link #HELD_ON} that the tests validate as of. */
    static final String AS_OF = "2009-04-01";

    private TestReviews() {
    }

    /** Returns a closed ISO/IEC 27001:2005 review that meets every rule of the validator. */
    static ReviewCycle complete2005() {
        ReviewCycle.Builder review = ReviewCycle.builder()
                .id("MR-2009")
                .edition(Edition.ISO_IEC_27001_2005)
                .stage(ReviewStage.CLOSED)
                .organization("Example Manufacturing Ltd")
                .ismsScope("Order processing and the plant network")
                .plannedOn(HELD_ON)
                .heldOn(HELD_ON)
                .previousReview(PreviousReview.of("MR-2008", LocalDate.of(2008, 3, 12)));
        for (InputCategory category : Edition.ISO_IEC_27001_2005.requiredInputs()) {
            review.addInput(InputEntry.builder()
                    .category(category.key())
                    .status(InputStatus.ADDRESSED)
                    .summary(category.title() + ": presented and discussed")
                    .addEvidence(Evidence.of("Report on 7.2 " + category.letter(),
                            "ISMS-2009-" + category.letter()))
                    .preparedBy("ISMS Manager")
                    .build());
        }
        return review
                .addRecommendation(Recommendation.of(RecommendationKind.IMPROVEMENT,
                        "Measure patch latency monthly instead of quarterly"))
                .assessment(ChangeAssessment.builder()
                        .suitability("The ISMS remains suitable, adequate and effective")
                        .improvementOpportunities("Patch management and awareness")
                        .ismsChanges("No change to the scope")
                        .securityPolicy("No change needed")
                        .securityObjectives("No change needed")
                        .build())
                .addDecision(decision("D1", "isms-effectiveness-improvement",
                        "Run an awareness campaign"))
                .addDecision(decision("D2", "risk-assessment-update",
                        "Reassess the risks of the plant network"))
                .addDecision(Decision.builder()
                        .from(decision("D3", "procedure-control-changes",
                                "Require two-factor sign-in for remote access"))
                        .addDriver(ChangeDriver.SECURITY_REQUIREMENTS)
                        .build())
                .addDecision(Decision.builder()
                        .from(decision("D4", "resource-needs", "Hire a part-time administrator"))
                        .resources(Resources.builder().budget(Money.of("18000", "EUR")).build())
                        .build())
                .addDecision(decision("D5", "control-measurement-improvement",
                        "Measure patch latency monthly"))
                .protocol(Protocol.builder()
                        .meetingOn(HELD_ON)
                        .addParticipant(Participant.of("Alex Moreau",
                                ParticipantRole.TOP_MANAGEMENT))
                        .addParticipant(Participant.of("Kim Baker",
                                ParticipantRole.INFORMATION_SECURITY_OFFICER))
                        .addAgreedItem("Decisions D1 to D5 as minuted")
                        .signature(Signature.of("Alex Moreau", ParticipantRole.TOP_MANAGEMENT,
                                HELD_ON.plusDays(1)))
                        .build())
                .nextReviewOn(HELD_ON.plusYears(1))
                .build();
    }

    /** Returns a 2005 review marked as held whose record has no decision and no protocol. */
    static ReviewCycle heldWithoutRecord2005() {
        return ReviewCycle.builder()
                .id("MR-2009-draft")
                .edition(Edition.ISO_IEC_27001_2005)
                .stage(ReviewStage.HELD)
                .plannedOn(HELD_ON)
                .heldOn(HELD_ON)
                .firstReview(true)
                .build();
    }

    private static Decision decision(String id, String category, String description) {
        return Decision.builder()
                .id(id)
                .category(category)
                .description(description)
                .addAction(Action.builder()
                        .id("A-" + id)
                        .description(description)
                        .owner("ISMS Manager")
                        .dueOn(HELD_ON.plusMonths(3))
                        .build())
                .build();
    }
}
