package io.github.ismsreview.examples;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.model.Action;
import io.github.ismsreview.model.ChangeAssessment;
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
import io.github.ismsreview.validation.IntervalPolicy;
import io.github.ismsreview.validation.ReviewValidator;
import io.github.ismsreview.validation.Severity;
import io.github.ismsreview.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Builds a complete ISO/IEC 27001:2022 management review in code, validates it as of a fixed
 * date, prints the report and writes the review as JSON.
 *
 * <p>The review is invented: a small software company, Example Ltd, holds its yearly review on
 * 2026-03-17, a year after the one before. Run it with
 * {@code java -cp isms-review-examples-cli.jar io.github.ismsreview.examples.BuildAndValidate}.
 */
public final class BuildAndValidate {

    private static final LocalDate HELD_ON = LocalDate.of(2026, 3, 17);

    private BuildAndValidate() {
    }

    /**
     * Builds, validates and prints the review, then prints it as JSON.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        ReviewCycle review = review();

        ValidationReport report = validator().validate(review);

        System.out.print(report.toText());
        System.out.println();
        System.out.println(report.hasErrors()
                ? "The review is not complete yet."
                : "The review meets every rule of the validator ("
                        + report.count(Severity.WARNING) + " warning(s)).");
        System.out.println();
        System.out.println(ReviewJson.create().write(review));
    }

    /**
     * Returns the validator of this example: as of 2026-04-01 in London, with the standard
     * interval of 12 months. The fixed clock makes the report the same on every run; a real tool
     * uses the system clock.
     */
    static ReviewValidator validator() {
        ZoneId zone = ZoneId.of("Europe/London");
        return ReviewValidator.builder()
                .clock(Clock.fixed(ZonedDateTime.of(2026, 4, 1, 9, 0, 0, 0, zone).toInstant(),
                        zone))
                .zone(zone)
                .intervalPolicy(IntervalPolicy.ofMonths(12))
                .build();
    }

    /** Returns the review this example builds: a closed 2022 review with a signed protocol. */
    static ReviewCycle review() {
        return ReviewCycle.builder()
                .id("MR-2026")
                .edition(Edition.ISO_IEC_27001_2022)
                .stage(ReviewStage.CLOSED)
                .organization("Example Ltd")
                .ismsScope("Development and operation of the Example booking platform")
                .plannedOn(HELD_ON)
                .heldOn(HELD_ON)
                .previousReview(PreviousReview.of("MR-2025", LocalDate.of(2025, 3, 18)))
                .addInput(input("previous-review-actions",
                        "4 of 5 actions from MR-2025 done; backup restore test moved to Q2"))
                .addInput(input("changes-in-issues", "Move of the platform to a second region"))
                .addInput(input("changes-in-interested-party-needs",
                        "Two enterprise customers now ask for a SOC 2 report"))
                .addInput(input("nonconformity-trends", "3 nonconformities, down from 6"))
                .addInput(input("measurement-trends",
                        "Patch latency for critical fixes fell from 12 to 5 days"))
                .addInput(input("audit-result-trends",
                        "Internal audit IA-2026-01: 1 major, 2 minor nonconformities"))
                .addInput(input("objective-fulfilment-trends", "5 of 6 objectives met"))
                .addInput(InputEntry.nothingToReport("interested-party-feedback",
                        "No complaints or customer audit findings this year"))
                .addInput(input("risk-assessment-results",
                        "Risk register updated; 2 risks above the acceptance level"))
                .addInput(input("improvement-opportunities",
                        "Automate access reviews; tabletop exercise for incidents"))
                .addRecommendation(Recommendation.builder()
                        .kind(RecommendationKind.RESOURCES)
                        .description("Fund an external penetration test of the new region")
                        .resources(Resources.builder()
                                .budget(Money.of("12000", "GBP"))
                                .build())
                        .build())
                .assessment(ChangeAssessment.builder()
                        .suitability("The ISMS remains suitable, adequate and effective")
                        .improvementOpportunities("Access reviews and incident exercises")
                        .ismsChanges("Scope extended to the second region")
                        .securityPolicy("No change needed")
                        .securityObjectives("Objective 4 reworded to cover both regions")
                        .build())
                .addDecision(Decision.builder()
                        .id("D1")
                        .category("isms-changes")
                        .description("Extend the ISMS scope to the second region")
                        .addAction(Action.builder()
                                .id("A1")
                                .description("Update the scope statement and the asset list")
                                .owner("ISMS Manager")
                                .dueOn(LocalDate.of(2026, 4, 30))
                                .build())
                        .build())
                .addDecision(Decision.builder()
                        .id("D2")
                        .category("improvement-opportunities")
                        .description("Automate the quarterly access reviews")
                        .resources(Resources.builder()
                                .effort(Effort.of(new BigDecimal("15"), EffortUnit.PERSON_DAYS))
                                .build())
                        .addAction(Action.builder()
                                .id("A2")
                                .description("Script the access review export")
                                .owner("Head of Engineering")
                                .dueOn(LocalDate.of(2026, 6, 30))
                                .build())
                        .build())
                .protocol(Protocol.builder()
                        .meetingOn(HELD_ON)
                        .addParticipant(Participant.builder()
                                .name("Dana Whitfield")
                                .title("Chief Executive")
                                .addRole(ParticipantRole.TOP_MANAGEMENT)
                                .build())
                        .addParticipant(Participant.builder()
                                .name("Sam Okafor")
                                .title("ISMS Manager")
                                .addRole(ParticipantRole.INFORMATION_SECURITY_OFFICER)
                                .build())
                        .addAgreedItem("Scope extended to the second region (D1)")
                        .addAgreedItem("Access reviews to be automated (D2)")
                        .signature(Signature.of("Dana Whitfield", ParticipantRole.TOP_MANAGEMENT,
                                LocalDate.of(2026, 3, 18)))
                        .build())
                .nextReviewOn(LocalDate.of(2027, 3, 16))
                .build();
    }

    private static InputEntry input(String category, String summary) {
        return InputEntry.builder()
                .category(category)
                .status(InputStatus.ADDRESSED)
                .summary(summary)
                .addEvidence(Evidence.of("ISMS report " + category, "ISMS-RPT-2026/" + category))
                .preparedBy("ISMS Manager")
                .build();
    }
}
