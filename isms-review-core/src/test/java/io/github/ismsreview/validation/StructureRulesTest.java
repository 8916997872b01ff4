package io.github.ismsreview.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.model.Decision;
import io.github.ismsreview.model.Effort;
import io.github.ismsreview.model.EffortUnit;
import io.github.ismsreview.model.Evidence;
import io.github.ismsreview.model.InputEntry;
import io.github.ismsreview.model.InputStatus;
import io.github.ismsreview.model.Money;
import io.github.ismsreview.model.Participant;
import io.github.ismsreview.model.Protocol;
import io.github.ismsreview.model.Resources;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.testing.SampleReviews;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Proves that the Bean Validation constraints declared on the Immutables accessors fire, with
 * paths in the JSON format's names, and that they would be silently ignored without the
 * accessor property selection.
 */
class StructureRulesTest {

    private static final ReviewValidator VALIDATOR = ReviewRulesTest.VALIDATOR;

    @Test
    void constraintsOnAccessors_fireThroughTheWholeGraph() {
        ReviewCycle clean = SampleReviews.complete2022();
        ReviewCycle broken = ReviewCycle.builder().from(clean)
                .organization(" ")
                .inputs(List.of(InputEntry.builder()
                        .category("previous-review-actions")
                        .status(InputStatus.ADDRESSED)
                        .summary("\t")
                        .addEvidence(Evidence.of(""))
                        .build()))
                .decisions(List.of(Decision.builder()
                        .category("isms-changes")
                        .description("Hire")
                        .resources(Resources.builder()
                                .effort(Effort.of(new BigDecimal("-1"), EffortUnit.PERSON_DAYS))
                                .build())
                        .build()))
                .protocol(Protocol.builder().from(clean.protocol().orElseThrow())
                        .addAgreedItem("  ")
                        .addParticipant(Participant.builder().name("Guest").build())
                        .build())
                .build();

        List<Finding> findings = VALIDATOR.validate(broken)
                .findings(ReviewRule.STRUCTURE_CONSTRAINT.id());

        assertThat(findings).extracting(Finding::path).containsExactlyInAnyOrder(
                "organization",
                "inputs[0].summary",
                "inputs[0].evidence[0].title",
                "decisions[0].resources.effort.quantity",
                "protocol.agreedItems[1]",
                "protocol.participants[2].roles");
        assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(findings)
                .filteredOn(f -> f.path().equals("decisions[0].resources.effort.quantity"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).contains("-1");
                    assertThat(f.values()).containsEntry("constraint", "Positive");
                });
    }

    @Test
    void absentOptionalText_isNotAStructuralFinding() {
        ReviewCycle draft = ReviewCycle.builder()
                .id("draft")
                .edition(Edition.ISO_IEC_27001_2022)
                .build();

        assertThat(VALIDATOR.validate(draft).findings(ReviewRule.STRUCTURE_CONSTRAINT.id()))
                .isEmpty();
    }

    @Test
    void withoutAccessorSelection_hibernateValidatorWouldIgnoreEveryConstraint() {
        ReviewCycle broken = ReviewCycle.builder().from(SampleReviews.complete2022())
                .organization(" ")
                .build();
        try (ValidatorFactory plain = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()) {
            Validator validator = plain.getValidator();

            assertThat(validator.validate(broken)).isEmpty();
        }
        assertThat(VALIDATOR.validate(broken).findings(ReviewRule.STRUCTURE_CONSTRAINT.id()))
                .extracting(Finding::path)
                .containsExactly("organization");
    }

    @Test
    void textInAReview_isPrintedLiterallyNeverEvaluated() {
        ReviewCycle review = ReviewCycle.builder().from(SampleReviews.complete2022())
                .organization("   ")
                .addInput(InputEntry.addressed("${1+1}", "#{2*3}"))
                .build();

        ValidationReport report = VALIDATOR.validate(review);

        assertThat(report.findings(ReviewRule.STRUCTURE_CONSTRAINT.id()))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .isEqualTo("organization must not be blank, but is \"   \""));
        assertThat(report.findings(ReviewRule.INPUT_CATEGORY_UNKNOWN.id()))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("'${1+1}'"));
    }

    @Test
    void amountWithMoreFractionDigitsThanItsCurrency_orWithoutMinorUnits_isReported() {
        ReviewCycle clean = SampleReviews.complete2022();
        Decision first = clean.decisions().get(0);
        ReviewCycle review = ReviewCycle.builder().from(clean)
                .decisions(List.of(
                        Decision.builder().from(first).resources(Resources.builder()
                                .budget(Money.of("1.234", "USD")).build()).build(),
                        Decision.builder().from(first).resources(Resources.builder()
                                .budget(Money.of("100.50", "JPY")).build()).build(),
                        Decision.builder().from(first).resources(Resources.builder()
                                .budget(Money.of("10", "XAU")).build()).build(),
                        Decision.builder().from(first).resources(Resources.builder()
                                .budget(Money.of("1.235", "BHD")).build()).build()))
                .build();

        List<Finding> findings = VALIDATOR.validate(review)
                .findings(ReviewRule.STRUCTURE_CONSTRAINT.id());

        assertThat(findings).extracting(Finding::path, Finding::message).containsExactly(
                tuple("decisions[0].resources.budget", "decisions[0].resources.budget must have"
                        + " at most 2 fraction digit(s) for USD, but is 1.234 USD"),
                tuple("decisions[1].resources.budget", "decisions[1].resources.budget must have"
                        + " at most 0 fraction digit(s) for JPY, but is 100.5 JPY"),
                tuple("decisions[2].resources.budget", "decisions[2].resources.budget must be in"
                        + " a currency with minor units; XAU has none, but is 10 XAU"));
    }

    @Test
    void switchedOffByThePolicy_reportsNoStructureFindingAndLeavesTheOtherRules() {
        ReviewCycle broken = ReviewCycle.builder().from(SampleReviews.complete2022())
                .organization(" ")
                .plannedOn(Optional.empty())
                .build();
        ReviewValidator switchedOff = ReviewValidator.builder()
                .policy(VALIDATOR.policy().toBuilder().disable("structure.constraint").build())
                .discoverRules(false)
                .build();

        ValidationReport report = switchedOff.validate(broken);

        assertThat(report.findings(ReviewRule.STRUCTURE_CONSTRAINT.id())).isEmpty();
        assertThat(report.findings(ReviewRule.STAGE_PLANNED_DATE_MISSING.id())).hasSize(1);
    }
}
