package io.github.ismsreview.validation;

import static io.github.ismsreview.testing.SampleReviews.CEO;
import static io.github.ismsreview.testing.SampleReviews.CISO;
import static io.github.ismsreview.testing.SampleReviews.MEETING;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ismsreview.model.Action;
import io.github.ismsreview.model.Attendance;
import io.github.ismsreview.model.ChangeAssessment;
import io.github.ismsreview.model.Decision;
import io.github.ismsreview.model.InputEntry;
import io.github.ismsreview.model.InputStatus;
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
import io.github.ismsreview.testing.SampleReviews;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One passing and one failing case for every rule: the clean samples pass every rule, and each
 * case below breaks one thing of a clean sample and expects the rule that guards it to fire.
 */
class ReviewRulesTest {

    static final ReviewValidator VALIDATOR = ReviewValidator.builder()
            .clock(Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC))
            .zone(ZoneOffset.UTC)
            .build();

    static final ReviewCycle CLEAN_2022 = SampleReviews.complete2022();

    static final ReviewCycle CLEAN_2005 = SampleReviews.complete2005();

    @Test
    void cleanSamples_ofBothEditions_haveNoFindings() {
        assertThat(VALIDATOR.validate(CLEAN_2022).findings()).isEmpty();
        assertThat(VALIDATOR.validate(CLEAN_2005).findings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("violations")
    void eachViolation_isReportedByTheRuleThatGuardsIt(ReviewRule rule, String what,
            ReviewCycle broken) {
        ValidationReport report = VALIDATOR.validate(broken);

        assertThat(report.findings(rule.id()))
                .as("findings of %s in %s", rule.id(), report.toText())
                .isNotEmpty()
                .allSatisfy(finding -> {
                    assertThat(finding.clause()).startsWith(broken.edition().title());
                    assertThat(finding.message()).isNotBlank();
                    assertThat(finding.path()).isNotBlank();
                });
    }

    @Test
    void everySingleReviewRuleOfTheCatalogue_hasAFailingCase() {
        Set<ReviewRule> covered = EnumSet.noneOf(ReviewRule.class);
        violations().forEach(arguments -> covered.add((ReviewRule) arguments.get()[0]));

        // History rules are covered by the history tests, rule.failed by the custom-rule tests.
        Set<ReviewRule> singleReview = EnumSet.allOf(ReviewRule.class);
        singleReview.removeIf(rule -> rule.id().startsWith("history.")
                || rule == ReviewRule.RULE_FAILED);
        assertThat(covered).containsExactlyInAnyOrderElementsOf(singleReview);
    }

    static Stream<Arguments> violations() {
        List<Arguments> cases = new ArrayList<>();
        ReviewCycle c = CLEAN_2022;

        add(cases, ReviewRule.STRUCTURE_CONSTRAINT, "blank organization",
                review(c, b -> b.organization("  ")));
        add(cases, ReviewRule.STAGE_PLANNED_DATE_MISSING, "no planned date",
                review(c, b -> b.plannedOn(Optional.empty())));
        add(cases, ReviewRule.STAGE_HELD_DATE_MISSING, "closed without held date",
                review(c, b -> b.heldOn(Optional.empty())));
        add(cases, ReviewRule.STAGE_CANCELLATION_REASON_MISSING, "cancelled without reason",
                review(c, b -> b.stage(ReviewStage.CANCELLED)));
        add(cases, ReviewRule.STAGE_HELD_IN_FUTURE, "held after today",
                review(c, b -> b.heldOn(MEETING.plusMonths(2))));
        add(cases, ReviewRule.INTERVAL_PREVIOUS_UNKNOWN, "no previous review",
                review(c, b -> b.previousReview(Optional.empty())));
        add(cases, ReviewRule.INTERVAL_NOT_AFTER_PREVIOUS, "previous on the same day",
                review(c, b -> b.previousReview(PreviousReview.heldOn(MEETING))));
        add(cases, ReviewRule.INTERVAL_EXCEEDED, "13 months after the previous",
                review(c, b -> b.previousReview(PreviousReview.heldOn(MEETING.minusMonths(13)))));
        add(cases, ReviewRule.INTERVAL_PLANNED_TOO_LATE, "planned 13 months after",
                review(c, b -> b.stage(ReviewStage.PLANNED).heldOn(Optional.empty())
                        .plannedOn(SampleReviews.PREVIOUS.plusMonths(13))));
        add(cases, ReviewRule.INTERVAL_OVERDUE, "not held 12 months after",
                review(c, b -> b.stage(ReviewStage.PLANNED).heldOn(Optional.empty())));
        add(cases, ReviewRule.INTERVAL_HELD_LATE, "held 5 days after plan",
                review(c, b -> b.plannedOn(MEETING.minusDays(5))));

        add(cases, ReviewRule.INPUT_CATEGORY_MISSING, "first input removed",
                review(c, b -> b.inputs(c.inputs().subList(1, c.inputs().size()))));
        add(cases, ReviewRule.INPUT_CATEGORY_UNKNOWN, "input of no edition",
                review(c, b -> b.addInput(InputEntry.addressed("no-such-input", "text"))));
        add(cases, ReviewRule.INPUT_CATEGORY_DUPLICATED, "first input twice",
                review(c, b -> b.addInput(c.inputs().get(0))));
        add(cases, ReviewRule.INPUT_SUMMARY_MISSING, "addressed without summary",
                withInput(c, i -> InputEntry.builder().from(i).summary(Optional.empty()).build()));
        add(cases, ReviewRule.INPUT_REASON_MISSING, "nothing to report without reason",
                withInput(c, i -> InputEntry.builder().from(i)
                        .status(InputStatus.NOTHING_TO_REPORT).build()));
        add(cases, ReviewRule.INPUT_EVIDENCE_MISSING, "addressed without evidence",
                withInput(c, i -> InputEntry.builder().from(i).evidence(List.of()).build()));
        add(cases, ReviewRule.INPUT_PREPARER_MISSING, "no preparer",
                withInput(c, i -> InputEntry.builder().from(i)
                        .preparedBy(Optional.empty()).build()));

        add(cases, ReviewRule.RECOMMENDATION_MISSING, "no recommendation",
                review(c, b -> b.recommendations(List.of())));
        add(cases, ReviewRule.RECOMMENDATION_DESCRIPTION_MISSING, "recommendation without text",
                review(c, b -> b.addRecommendation(
                        Recommendation.builder().kind(RecommendationKind.PRIORITY).build())));

        add(cases, ReviewRule.ASSESSMENT_IMPROVEMENT_MISSING, "no improvement conclusion",
                review(c, b -> b.decisions(List.of()).assessment(assessment(c,
                        a -> a.improvementOpportunities(Optional.empty())))));
        add(cases, ReviewRule.ASSESSMENT_CHANGES_MISSING, "no change conclusion",
                review(c, b -> b.decisions(List.of()).assessment(assessment(c,
                        a -> a.ismsChanges(Optional.empty())))));
        add(cases, ReviewRule.ASSESSMENT_POLICY_MISSING, "no policy conclusion",
                review(c, b -> b.assessment(assessment(c,
                        a -> a.securityPolicy(Optional.empty())))));
        add(cases, ReviewRule.ASSESSMENT_OBJECTIVES_MISSING, "no objectives conclusion",
                review(c, b -> b.assessment(assessment(c,
                        a -> a.securityObjectives(Optional.empty())))));
        add(cases, ReviewRule.ASSESSMENT_SUITABILITY_MISSING, "no overall conclusion",
                review(c, b -> b.assessment(assessment(c,
                        a -> a.suitability(Optional.empty())))));

        add(cases, ReviewRule.DECISION_NONE, "no decision",
                review(c, b -> b.decisions(List.of())));
        add(cases, ReviewRule.DECISION_CATEGORY_MISSING, "decision without category",
                withDecision(c, d -> d.category(Optional.empty())));
        add(cases, ReviewRule.DECISION_CATEGORY_UNKNOWN, "2005 category in a 2022 review",
                withDecision(c, d -> d.category("resource-needs")));
        add(cases, ReviewRule.DECISION_CLASSIFICATION_UNKNOWN, "classification of no edition",
                withDecision(c, d -> d.classification("no-such-output")));
        add(cases, ReviewRule.DECISION_DESCRIPTION_MISSING, "decision without text",
                withDecision(c, d -> d.description(Optional.empty())));
        add(cases, ReviewRule.DECISION_DRIVER_MISSING, "2005 c) without driver",
                review(CLEAN_2005, b -> b.decisions(List.of(Decision.builder()
                        .from(CLEAN_2005.decisions().get(2)).drivers(List.of()).build()))));
        add(cases, ReviewRule.DECISION_RESOURCES_UNQUANTIFIED, "budget approved, no amount",
                withDecision(c, d -> d.resources(
                        Resources.builder().note("budget approved").build())));

        add(cases, ReviewRule.ACTION_DESCRIPTION_MISSING, "action without text",
                withAction(c, a -> a.description(Optional.empty())));
        add(cases, ReviewRule.ACTION_OWNER_MISSING, "action without owner",
                withAction(c, a -> a.owner(Optional.empty())));
        add(cases, ReviewRule.ACTION_DUE_DATE_MISSING, "action without due date",
                withAction(c, a -> a.dueOn(Optional.empty())));
        add(cases, ReviewRule.ACTION_DUE_BEFORE_MEETING, "action due the day before",
                withAction(c, a -> a.dueOn(MEETING.minusDays(1))));

        add(cases, ReviewRule.PROTOCOL_MISSING, "no protocol",
                review(c, b -> b.protocol(Optional.empty())));
        add(cases, ReviewRule.PROTOCOL_DATE_MISSING, "protocol without date",
                withProtocol(c, p -> p.meetingOn(Optional.empty())));
        add(cases, ReviewRule.PROTOCOL_DATE_MISMATCH, "protocol a day off",
                withProtocol(c, p -> p.meetingOn(MEETING.plusDays(1))));
        add(cases, ReviewRule.PROTOCOL_TOP_MANAGEMENT_ABSENT, "chief executive excused",
                withProtocol(c, p -> p.participants(List.of(
                        Participant.builder().name(CEO).addRole(ParticipantRole.TOP_MANAGEMENT)
                                .attendance(Attendance.EXCUSED).build(),
                        Participant.of(CISO, ParticipantRole.INFORMATION_SECURITY_OFFICER)))));
        add(cases, ReviewRule.PROTOCOL_OFFICER_ABSENT, "no security officer",
                withProtocol(c, p -> p.participants(List.of(
                        Participant.of(CEO, ParticipantRole.TOP_MANAGEMENT)))));
        add(cases, ReviewRule.PROTOCOL_AGREED_ITEMS_MISSING, "nothing agreed",
                withProtocol(c, p -> p.agreedItems(List.of())));
        add(cases, ReviewRule.PROTOCOL_UNSIGNED, "unsigned",
                withProtocol(c, p -> p.signature(Optional.empty())));
        add(cases, ReviewRule.PROTOCOL_SIGNER_NOT_TOP_MANAGEMENT, "signed by the officer",
                withProtocol(c, p -> p.signature(Signature.of(CISO,
                        ParticipantRole.TOP_MANAGEMENT, MEETING))));
        add(cases, ReviewRule.PROTOCOL_SIGNED_BEFORE_MEETING, "signed the day before",
                withProtocol(c, p -> p.signature(Signature.of(CEO,
                        ParticipantRole.TOP_MANAGEMENT, MEETING.minusDays(1)))));
        return cases.stream();
    }

    private static void add(List<Arguments> cases, ReviewRule rule, String what,
            ReviewCycle broken) {
        cases.add(Arguments.of(rule, what, broken));
    }

    static ReviewCycle review(ReviewCycle review, UnaryOperator<ReviewCycle.Builder> change) {
        return change.apply(ReviewCycle.builder().from(review)).build();
    }

    static ChangeAssessment assessment(ReviewCycle review,
            UnaryOperator<ChangeAssessment.Builder> change) {
        return change.apply(ChangeAssessment.builder().from(review.assessment().orElseThrow()))
                .build();
    }

    static ReviewCycle withInput(ReviewCycle review, UnaryOperator<InputEntry> change) {
        List<InputEntry> inputs = new ArrayList<>(review.inputs());
        inputs.set(0, change.apply(inputs.get(0)));
        return review(review, b -> b.inputs(inputs));
    }

    static ReviewCycle withDecision(ReviewCycle review, UnaryOperator<Decision.Builder> change) {
        List<Decision> decisions = new ArrayList<>(review.decisions());
        decisions.set(0, change.apply(Decision.builder().from(decisions.get(0))).build());
        return review(review, b -> b.decisions(decisions));
    }

    static ReviewCycle withAction(ReviewCycle review, UnaryOperator<Action.Builder> change) {
        Decision first = review.decisions().get(0);
        List<Action> actions = new ArrayList<>(first.actions());
        actions.set(0, change.apply(Action.builder().from(actions.get(0))).build());
        return withDecision(review, d -> d.actions(actions));
    }

    static ReviewCycle withProtocol(ReviewCycle review, UnaryOperator<Protocol.Builder> change) {
        Protocol protocol = review.protocol().orElseThrow();
        return review(review, b -> b.protocol(change.apply(Protocol.builder().from(protocol))
                .build()));
    }
}
