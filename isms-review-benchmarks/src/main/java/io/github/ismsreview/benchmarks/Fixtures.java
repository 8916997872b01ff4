package io.github.ismsreview.benchmarks;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.edition.InputCategory;
import io.github.ismsreview.model.Action;
import io.github.ismsreview.model.ActionFollowUp;
import io.github.ismsreview.model.ActionStatus;
import io.github.ismsreview.model.Attendance;
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
import io.github.ismsreview.validation.ReviewValidator;
import io.github.ismsreview.validation.ValidationPolicy;
import io.github.ismsreview.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The reviews the benchmarks work on, and the validators they use.
 *
 * <p>The reference review is a closed ISO/IEC 27001:2022 review the size of a real one: 10 input
 * entries with evidence, 20 decisions with 40 actions, 10 participants and a signed protocol;
 * the validator finds nothing wrong with it, so that every benchmark measures the common path
 * of a complete review rather than the writing of messages. The small review is a planned draft
 * with a handful of values. Both are built anew on each call; benchmarks build them once per
 * trial.
 */
public final class Fixtures {

    /** The day the reference meeting is held. */
    static final LocalDate MEETING = LocalDate.of(2026, 3, 12);

    /** The day the benchmarks validate on: after the meeting, within the interval. */
    static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

    private static final String CEO = "Chief Executive";
    private static final String CISO = "Information Security Officer";

    private Fixtures() {
    }

    /** Returns the fixture with the given name: {@code reference} or {@code small}. */
    public static ReviewCycle named(String name) {
        return switch (name) {
            case "reference" -> reference();
            case "small" -> small();
            default -> throw new IllegalArgumentException(
                    "fixture '" + name + "' is neither reference nor small");
        };
    }

    /** Returns the reference review: closed, complete, and clean for {@link #validator()}. */
    public static ReviewCycle reference() {
        Edition edition = Edition.ISO_IEC_27001_2022;
        ReviewCycle.Builder review = ReviewCycle.builder()
                .id("MR-2026")
                .edition(edition)
                .stage(ReviewStage.CLOSED)
                .organization("Example Cloud Services Ltd")
                .ismsScope("Development and operation of the hosted platform, all sites")
                .description("Minutes of the 2026 management review, encoded by the ISMS office")
                .plannedOn(MEETING)
                .heldOn(MEETING)
                .previousReview(PreviousReview.of("MR-2025", LocalDate.of(2025, 3, 20)))
                .nextReviewOn(LocalDate.of(2027, 3, 11))
                .assessment(ChangeAssessment.builder()
                        .suitability("The ISMS remains suitable, adequate and effective")
                        .improvementOpportunities("Automate access reviews; consolidate logging")
                        .ismsChanges("Scope unchanged; supplier controls tightened")
                        .securityPolicy("The policy stays as approved in 2025")
                        .securityObjectives("Objectives kept; an MFA coverage target added")
                        .build())
                .addRecommendation(Recommendation.of(RecommendationKind.CHANGE,
                        "Require MFA for every administrator account"))
                .addRecommendation(Recommendation.of(RecommendationKind.PRIORITY,
                        "Finish the supplier assessments before the summer"))
                .addRecommendation(Recommendation.builder()
                        .kind(RecommendationKind.RESOURCES)
                        .description("Fund an awareness platform")
                        .resources(Resources.builder()
                                .budget(Money.of("2400.00", "EUR"))
                                .effort(Effort.of(new BigDecimal("10"), EffortUnit.PERSON_DAYS))
                                .build())
                        .build());

        int letter = 0;
        for (InputCategory category : edition.requiredInputs()) {
            InputEntry.Builder input = InputEntry.builder()
                    .category(category.key())
                    .status(InputStatus.ADDRESSED)
                    .summary("Presented: " + category.title() + ", with the trend since 2025")
                    .addEvidence(Evidence.of("Report on " + category.key(), "DOC-" + letter))
                    .addEvidence(Evidence.of("Dashboard extract " + letter))
                    .preparedBy(letter % 2 == 0 ? CISO : "ISMS Manager");
            if (category.key().equals("previous-review-actions")) {
                input.addActionUpdate(ActionFollowUp.of("ACT-2025-01", ActionStatus.DONE))
                        .addActionUpdate(ActionFollowUp.builder()
                                .actionId("ACT-2025-02")
                                .status(ActionStatus.IN_PROGRESS)
                                .note("Half of the suppliers assessed")
                                .build());
            }
            review.addInput(input.build());
            letter++;
        }

        for (int d = 1; d <= 20; d++) {
            review.addDecision(decision(d));
        }

        Protocol.Builder protocol = Protocol.builder()
                .meetingOn(MEETING)
                .addParticipant(Participant.builder()
                        .name(CEO)
                        .addRole(ParticipantRole.TOP_MANAGEMENT)
                        .title("Chief Executive Officer")
                        .build())
                .addParticipant(Participant.of(CISO,
                        ParticipantRole.INFORMATION_SECURITY_OFFICER));
        for (int p = 3; p <= 10; p++) {
            protocol.addParticipant(Participant.builder()
                    .name("Participant " + p)
                    .addRole(p % 3 == 0 ? ParticipantRole.TOP_MANAGEMENT
                            : ParticipantRole.INFORMATION_SECURITY_OFFICER)
                    .title("Head of department " + p)
                    .attendance(p == 10 ? Attendance.EXCUSED : Attendance.PRESENT)
                    .build());
        }
        for (int item = 1; item <= 5; item++) {
            protocol.addAgreedItem("Agreed item " + item + ": see the decisions of the review");
        }
        protocol.signature(Signature.builder()
                .signedBy(CEO)
                .role(ParticipantRole.TOP_MANAGEMENT)
                .signedOn(MEETING.plusDays(2))
                .signedAt(OffsetDateTime.of(2026, 3, 14, 17, 30, 0, 0, ZoneOffset.ofHours(1)))
                .build());
        return review.protocol(protocol.build()).build();
    }

    /** Returns the small review: a planned draft with a handful of values. */
    public static ReviewCycle small() {
        return ReviewCycle.builder()
                .id("MR-2027")
                .edition(Edition.ISO_IEC_27001_2022)
                .stage(ReviewStage.PLANNED)
                .organization("Example Cloud Services Ltd")
                .plannedOn(LocalDate.of(2027, 3, 11))
                .previousReview(PreviousReview.of("MR-2026", MEETING))
                .build();
    }

    /**
     * Returns the validator of the benchmarks: the standard policy with a fixed clock on
     * {@link #AS_OF}, English messages, no custom rules.
     */
    public static ReviewValidator validator() {
        return validator(policy().build());
    }

    /**
     * Returns the validator with the structural checks switched off through the public policy,
     * so that it runs the domain rules alone.
     */
    public static ReviewValidator domainRulesOnly() {
        return validator(policy().disable("structure.constraint").build());
    }

    /**
     * Checks that the validator finds nothing wrong with the reference review, so that a change
     * of the rules cannot silently turn the benchmark into one of writing findings.
     *
     * @throws IllegalStateException if it does; the message lists the findings
     */
    static void requireClean(ReviewValidator validator, ReviewCycle review) {
        ValidationReport report = validator.validate(review);
        if (!report.isClean()) {
            throw new IllegalStateException("the fixture " + review.id()
                    + " is expected clean but has findings:\n" + report.toText());
        }
    }

    private static ValidationPolicy.Builder policy() {
        Clock clock = Clock.fixed(Instant.parse(AS_OF + "T12:00:00Z"), ZoneOffset.UTC);
        return ValidationPolicy.builder().clock(clock).zone(ZoneOffset.UTC);
    }

    private static ReviewValidator validator(ValidationPolicy policy) {
        return ReviewValidator.builder().policy(policy).discoverRules(false).build();
    }

    private static Decision decision(int number) {
        boolean change = number % 2 == 1;
        Decision.Builder decision = Decision.builder()
                .id("D-" + number)
                .category(change ? "isms-changes" : "improvement-opportunities")
                .description("Decision " + number + " of the 2026 review");
        if (change) {
            decision.classification("procedure-control-changes")
                    .addDriver(ChangeDriver.RISK_LEVELS_OR_ACCEPTANCE_CRITERIA)
                    .addDriver(ChangeDriver.REGULATORY_OR_LEGAL_REQUIREMENTS);
        } else if (number % 4 == 0) {
            decision.classification("resource-needs")
                    .resources(Resources.builder()
                            .budget(Money.of(BigDecimal.valueOf(1000L * number), java.util.Currency
                                    .getInstance("EUR")))
                            .effort(Effort.of(new BigDecimal("2.5"), EffortUnit.PERSON_MONTHS))
                            .note("Approved by the chief executive")
                            .build());
        }
        for (int a = 1; a <= 2; a++) {
            decision.addAction(Action.builder()
                    .id("ACT-2026-" + (number * 2 - 2 + a))
                    .description("Action " + a + " of decision " + number)
                    .owner(a == 1 ? CISO : "DevOps Lead")
                    .dueOn(MEETING.plusWeeks(4L + number))
                    .status(number % 5 == 0 ? ActionStatus.IN_PROGRESS : ActionStatus.OPEN)
                    .build());
        }
        return decision.build();
    }

    /** Returns how many decisions, actions, inputs and participants the review has. */
    static List<Integer> sizes(ReviewCycle review) {
        return List.of(review.inputs().size(), review.decisions().size(),
                review.decisions().stream().mapToInt(d -> d.actions().size()).sum(),
                review.protocol().map(p -> p.participants().size()).orElse(0));
    }
}
