package io.github.ismsreview.testing;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.edition.InputCategory;
import io.github.ismsreview.model.Action;
import io.github.ismsreview.model.ActionStatus;
import io.github.ismsreview.model.ChangeAssessment;
import io.github.ismsreview.model.ChangeDriver;
import io.github.ismsreview.model.Decision;
import io.github.ismsreview.model.Effort;
import io.github.ismsreview.model.EffortUnit;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Complete, clean reviews of each edition, for tests to start from and break one thing. */
public final class SampleReviews {

    /** The day the sample meetings are held. */
    public static final LocalDate MEETING = LocalDate.of(2026, 3, 12);

    /** The day the sample reviews' previous reviews were held. */
    public static final LocalDate PREVIOUS = LocalDate.of(2025, 3, 20);

    /** The chief executive who attends and signs. */
    public static final String CEO = "Chief Executive";

    /** The information security officer who presents. */
    public static final String CISO = "Information Security Officer";

    private SampleReviews() {
    }

    /** Returns a closed ISO/IEC 27001:2022 review that the validator finds nothing wrong with. */
    public static ReviewCycle complete2022() {
        return complete(Edition.ISO_IEC_27001_2022)
                .addDecision(Decision.builder()
                        .id("D-1")
                        .category("isms-changes")
                        .classification("procedure-control-changes")
                        .addDriver(ChangeDriver.RISK_LEVELS_OR_ACCEPTANCE_CRITERIA)
                        .description("Require MFA for every administrator account")
                        .addAction(action("A-1", "Enforce MFA on the cloud root account"))
                        .build())
                .addDecision(Decision.builder()
                        .id("D-2")
                        .category("improvement-opportunities")
                        .classification("resource-needs")
                        .description("Fund an awareness platform")
                        .resources(Resources.builder()
                                .budget(Money.of("2400.00", "EUR"))
                                .effort(Effort.of(new BigDecimal("10"), EffortUnit.PERSON_DAYS))
                                .build())
                        .addAction(action("A-2", "Select and buy the platform"))
                        .build())
                .build();
    }

    /** Returns a closed ISO/IEC 27001:2005 review that the validator finds nothing wrong with. */
    public static ReviewCycle complete2005() {
        ReviewCycle.Builder builder = complete(Edition.ISO_IEC_27001_2005);
        String[] categories = {
            "isms-effectiveness-improvement", "risk-assessment-update",
            "procedure-control-changes", "resource-needs", "control-measurement-improvement"
        };
        for (int i = 0; i < categories.length; i++) {
            Decision.Builder decision = Decision.builder()
                    .id("D-" + (i + 1))
                    .category(categories[i])
                    .description("Decision in 7.3 " + (char) ('a' + i))
                    .addAction(action("A-" + (i + 1), "Carry out decision " + (i + 1)));
            if (categories[i].equals("procedure-control-changes")) {
                decision.addDriver(ChangeDriver.REGULATORY_OR_LEGAL_REQUIREMENTS);
            }
            if (categories[i].equals("resource-needs")) {
                decision.resources(Resources.builder().budget(Money.of("15000", "EUR")).build());
            }
            builder.addDecision(decision.build());
        }
        return builder.build();
    }

    /**
     * Returns a closed review of the edition, integrated with the other editions given, that the
     * validator finds nothing wrong with: an entry for every required input of every edition
     * (shared keys once), and decisions on improvement and on changes in categories of the
     * editions.
     */
    public static ReviewCycle completeOf(Edition edition, Edition... alsoCovers) {
        if (edition == Edition.ISO_IEC_27001_2005 && alsoCovers.length == 0) {
            return complete2005();
        }
        ReviewCycle.Builder builder = complete(edition, alsoCovers);
        String change = edition.output("isms-changes").isPresent()
                ? "isms-changes"
                : "system-changes";
        return builder
                .addDecision(Decision.builder()
                        .id("D-1")
                        .category(change)
                        .description("Require MFA for every administrator account")
                        .addAction(action("A-1", "Enforce MFA on the cloud root account"))
                        .build())
                .addDecision(Decision.builder()
                        .id("D-2")
                        .category("improvement-opportunities")
                        .description("Automate the access reviews")
                        .addAction(action("A-2", "Select an access review tool"))
                        .build())
                .build();
    }

    private static ReviewCycle.Builder complete(Edition edition, Edition... alsoCovers) {
        ReviewCycle.Builder builder = ReviewCycle.builder()
                .id("MR-" + edition.key())
                .edition(edition)
                .addAlsoCovers(alsoCovers)
                .stage(ReviewStage.CLOSED)
                .organization("Example Ltd")
                .ismsScope("All products and services")
                .plannedOn(MEETING)
                .heldOn(MEETING)
                .previousReview(PreviousReview.of("MR-2025", PREVIOUS))
                .assessment(ChangeAssessment.builder()
                        .suitability("The ISMS remains suitable, adequate and effective")
                        .improvementOpportunities("Automate access reviews")
                        .ismsChanges("Scope unchanged; MFA control tightened")
                        .securityPolicy("Policy stays as approved in 2025")
                        .securityObjectives("Objectives kept; MFA target added")
                        .build())
                .addRecommendation(Recommendation.of(RecommendationKind.CHANGE,
                        "Require MFA for administrators"))
                .protocol(Protocol.builder()
                        .meetingOn(MEETING)
                        .addParticipant(Participant.of(CEO, ParticipantRole.TOP_MANAGEMENT))
                        .addParticipant(Participant.of(CISO,
                                ParticipantRole.INFORMATION_SECURITY_OFFICER))
                        .addAgreedItem("MFA for administrators by April")
                        .signature(Signature.builder()
                                .signedBy(CEO)
                                .role(ParticipantRole.TOP_MANAGEMENT)
                                .signedOn(MEETING)
                                .signedAt(OffsetDateTime.of(2026, 3, 12, 17, 30, 0, 0,
                                        ZoneOffset.ofHours(1)))
                                .build())
                        .build());
        Set<String> keys = new HashSet<>();
        List<InputCategory> required = new ArrayList<>(edition.requiredInputs());
        for (Edition covered : alsoCovers) {
            required.addAll(covered.requiredInputs());
        }
        for (InputCategory category : required) {
            if (!keys.add(category.key())) {
                continue;
            }
            builder.addInput(InputEntry.builder()
                    .category(category.key())
                    .status(InputStatus.ADDRESSED)
                    .summary("Summary of " + category.title())
                    .addEvidence(Evidence.of("Report on " + category.key(),
                            "DOC-" + category.letter()))
                    .preparedBy(CISO)
                    .build());
        }
        return builder;
    }

    private static Action action(String id, String description) {
        return Action.builder()
                .id(id)
                .description(description)
                .owner(CISO)
                .dueOn(MEETING.plusMonths(1))
                .status(ActionStatus.OPEN)
                .build();
    }
}
