package io.github.ismsreview.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ismsreview.edition.ClauseTopic;
import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.edition.InputCategory;
import io.github.ismsreview.edition.IntervalRequirement;
import io.github.ismsreview.model.ChangeAssessment;
import io.github.ismsreview.model.Decision;
import io.github.ismsreview.model.InputEntry;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.testing.SampleReviews;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The required content of every edition, with a passing and a failing case each, and integrated
 * reviews whose findings are attributed to the standard they come from.
 */
class EditionRulesTest {

    private static final ReviewValidator VALIDATOR = ReviewValidator.builder()
            .clock(Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC))
            .zone(ZoneOffset.UTC)
            .build();

    static Stream<Edition> editions() {
        return Edition.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void completeReview_ofEveryEdition_hasNoFindings(Edition edition) {
        ReviewCycle review = SampleReviews.completeOf(edition);

        assertThat(VALIDATOR.validate(review).findings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void everyRequiredInput_ofEveryEdition_isReportedWhenMissing(Edition edition) {
        ReviewCycle complete = SampleReviews.completeOf(edition);

        for (InputCategory required : edition.requiredInputs()) {
            ReviewCycle broken = withoutInput(complete, required.key());

            assertThat(VALIDATOR.validate(broken).findings("input.category-missing"))
                    .as("%s without %s", edition, required.key())
                    .singleElement()
                    .satisfies(finding -> {
                        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
                        assertThat(finding.clause())
                                .isEqualTo(edition.clause(ClauseTopic.REVIEW_INPUTS));
                        assertThat(finding.values()).containsEntry("clause", required.clause());
                        assertThat(finding.message()).contains(required.clause());
                    });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void decisionCategories_ofEveryEdition_areKnown_andOthersAreNot(Edition edition) {
        ReviewCycle complete = SampleReviews.completeOf(edition);
        ReviewCycle unknown = ReviewCycle.builder().from(complete)
                .addDecision(Decision.builder().id("D-9").category("quality-objectives")
                        .description("Not an output of any edition").build())
                .build();

        assertThat(VALIDATOR.validate(complete).findings("decision.category-unknown"))
                .isEmpty();
        assertThat(VALIDATOR.validate(unknown).findings("decision.category-unknown"))
                .singleElement()
                .satisfies(finding -> assertThat(finding.message())
                        .contains(edition.title())
                        .contains(edition.outputs().get(0).key()));
    }

    @Test
    void policyObjectiveAndIntervalSeverities_areErrorsUnder2005_andWarningsUnderEveryOther() {
        List<ReviewRule> rules = List.of(ReviewRule.ASSESSMENT_POLICY_MISSING,
                ReviewRule.ASSESSMENT_OBJECTIVES_MISSING, ReviewRule.DECISION_DRIVER_MISSING,
                ReviewRule.INTERVAL_EXCEEDED, ReviewRule.INTERVAL_PLANNED_TOO_LATE,
                ReviewRule.INTERVAL_OVERDUE, ReviewRule.HISTORY_GAP_EXCEEDED,
                ReviewRule.HISTORY_NEXT_OVERDUE);

        for (ReviewRule rule : rules) {
            for (Edition edition : Edition.all()) {
                Severity expected =
                        edition.intervalRequirement() == IntervalRequirement.AT_LEAST_YEARLY
                                ? Severity.ERROR
                                : Severity.WARNING;
                assertThat(rule.severity(edition)).as("%s under %s", rule.id(), edition)
                        .isEqualTo(expected);
            }
        }
        for (ReviewRule rule : ReviewRule.values()) {
            if (!rules.contains(rule)) {
                for (Edition edition : Edition.all()) {
                    assertThat(rule.severity(edition)).as(rule.id())
                            .isEqualTo(rule.defaultSeverity());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void aMissingPolicyConclusion_isAWarningUnderEveryPlannedIntervalEdition(Edition edition) {
        ReviewCycle complete = SampleReviews.completeOf(edition);
        ReviewCycle broken = ReviewCycle.builder().from(complete)
                .assessment(ChangeAssessment.builder().from(complete.assessment().orElseThrow())
                        .securityPolicy(Optional.empty())
                        .build())
                .build();

        assertThat(VALIDATOR.validate(broken).findings("assessment.policy-missing"))
                .extracting(Finding::severity, Finding::clause)
                .containsExactly(tuple(edition == Edition.ISO_IEC_27001_2005
                                ? Severity.ERROR : Severity.WARNING,
                        edition.clause(ClauseTopic.CHANGE_ASSESSMENT)));
    }

    @Test
    void integrated27001And9001_isCompleteWithEveryInputOfBoth_sharedKeysOnce() {
        ReviewCycle review = SampleReviews.completeOf(Edition.ISO_IEC_27001_2022,
                Edition.ISO_9001_2015);

        assertThat(VALIDATOR.validate(review).findings()).isEmpty();
        // 10 inputs of 27001:2022 and 12 of 9001:2015, of which 7 keys are shared.
        assertThat(review.inputs()).hasSize(15);
    }

    @Test
    void integrated27001And9001_attributesEachMissingInputToItsStandardAndClause() {
        ReviewCycle complete = SampleReviews.completeOf(Edition.ISO_IEC_27001_2022,
                Edition.ISO_9001_2015);
        ReviewCycle broken = withoutInput(withoutInput(withoutInput(complete,
                "customer-satisfaction-trends"), "risk-assessment-results"),
                "nonconformity-trends");

        List<Finding> findings = VALIDATOR.validate(broken).findings("input.category-missing");

        assertThat(findings)
                .extracting(Finding::clause, f -> f.values().get("clause"),
                        f -> f.values().get("standard"))
                .containsExactlyInAnyOrder(
                        tuple("ISO/IEC 27001:2022 9.3.2", "9.3.2 d) 1)", "ISO/IEC 27001"),
                        tuple("ISO/IEC 27001:2022 9.3.2", "9.3.2 f)", "ISO/IEC 27001"),
                        tuple("ISO 9001:2015 9.3.2", "9.3.2 c) 1)", "ISO 9001"));
        assertThat(findings).filteredOn(f -> f.values().get("standard").equals("ISO 9001"))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.message()).startsWith("no entry for input ISO 9001:2015"
                            + " 9.3.2 c) 1) 'customer-satisfaction-trends'");
                    assertThat(finding.values()).containsEntry("edition", "iso-9001-2015");
                });
    }

    @Test
    void integrated27001And9001_acceptsTheOutputsOfBoth_andNamesBothWhenOneIsUnknown() {
        ReviewCycle complete = SampleReviews.completeOf(Edition.ISO_IEC_27001_2022,
                Edition.ISO_9001_2015);
        ReviewCycle withNineThousandOne = ReviewCycle.builder().from(complete)
                .addDecision(Decision.builder().id("D-3").category("resource-needs")
                        .description("Hire a quality engineer").build())
                .addDecision(Decision.builder().id("D-4").category("climate-goals")
                        .description("Not an output of either").build())
                .build();

        ValidationReport report = VALIDATOR.validate(withNineThousandOne);

        assertThat(report.findings("decision.category-unknown")).singleElement()
                .satisfies(finding -> assertThat(finding.message()).isEqualTo(
                        "output category 'climate-goals' is not an output of ISO/IEC 27001:2022"
                                + " + ISO 9001:2015, which has [improvement-opportunities,"
                                + " isms-changes, system-changes, resource-needs]"));
        // A 9001 resource decision is a resource decision: it should say what it reserves.
        assertThat(report.findings("decision.resources-unquantified"))
                .extracting(Finding::path).containsExactly("decisions[2].resources");
    }

    @Test
    void integratedReview_inGerman_citesTheStandardOfTheMissingInput() {
        ReviewCycle broken = withoutInput(SampleReviews.completeOf(Edition.ISO_IEC_27001_2022,
                Edition.ISO_14001_2015), "compliance-fulfilment-trends");
        ReviewValidator german = ReviewValidator.builder()
                .clock(Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC))
                .locale(Locale.GERMAN)
                .build();

        assertThat(german.validate(broken).findings("input.category-missing"))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.message()).startsWith(
                            "kein Eintrag für die Eingabe ISO 14001:2015 9.3 d) 3)");
                    assertThat(finding.clause()).isEqualTo("ISO 14001:2015 9.3");
                });
    }

    @Test
    void alsoCovers_refusesThePrimaryEditionAndRepeats() {
        assertThatThrownBy(() -> ReviewCycle.builder().id("MR-1")
                        .edition(Edition.ISO_9001_2015)
                        .addAlsoCovers(Edition.ISO_9001_2015)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("alsoCovers names iso-9001-2015, the primary edition of review MR-1");
        assertThatThrownBy(() -> ReviewCycle.builder().id("MR-1")
                        .edition(Edition.ISO_IEC_27001_2022)
                        .addAlsoCovers(Edition.ISO_14001_2015, Edition.ISO_14001_2015)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("alsoCovers names iso-14001-2015 more than once in review MR-1");
    }

    private static ReviewCycle withoutInput(ReviewCycle review, String key) {
        List<InputEntry> kept = review.inputs().stream()
                .filter(input -> !input.category().equals(key))
                .toList();
        return ReviewCycle.builder().from(review).inputs(kept).build();
    }
}
