package io.github.ismsreview.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.testing.SampleReviews;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Custom rules: added, discovered, overridden, switched off, and contained when they fail. */
class CustomRuleTest {

    private static final ReviewCycle CLEAN = SampleReviews.complete2022();

    @Test
    void addedRule_reportsWithItsIdSeverityAndClause() {
        ReviewValidator validator = ReviewValidator.builder()
                .addRule(rule("acme.scope-named", (review, sink) -> sink.report("ismsScope",
                        "scope is '" + review.ismsScope().orElse("") + "'",
                        Map.of("scope", review.ismsScope().orElse("")))))
                .build();

        assertThat(validator.validate(CLEAN).findings("acme.scope-named"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.clause()).isEqualTo("the organization's own rule");
                    assertThat(f.values()).containsEntry("scope", "All products and services");
                });
    }

    @Test
    void ruleListedInMetaInfServices_isDiscovered_unlessSwitchedOff() {
        ReviewCycle review = ReviewCycle.builder().from(CLEAN)
                .organization(ServiceLoadedRule.ORGANIZATION).build();

        assertThat(ReviewValidator.standard().validate(review).findings("test.service-loaded"))
                .hasSize(1);
        assertThat(ReviewValidator.builder().discoverRules(false).build().validate(review)
                .findings("test.service-loaded")).isEmpty();
    }

    @Test
    void failingRule_isReportedAsRuleFailed_andTheOtherRulesStillRun() {
        AtomicInteger calls = new AtomicInteger();
        ReviewValidator validator = ReviewValidator.builder()
                .addRule(rule("acme.broken", (review, sink) -> {
                    calls.incrementAndGet();
                    throw new IllegalStateException("no database");
                }))
                .addRule(rule("acme.working", (review, sink) -> sink.report("$", "ran")))
                .build();
        ReviewCycle broken = ReviewCycle.builder().from(CLEAN).organization(" ").build();

        ValidationReport first = validator.validate(broken);
        ValidationReport second = validator.validate(broken);

        assertThat(calls).hasValue(2);
        assertThat(first).isEqualTo(second);
        assertThat(first.findings(ReviewRule.RULE_FAILED.id())).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("acme.broken", "IllegalStateException",
                    "no database");
            assertThat(f.values()).containsEntry("rule", "acme.broken");
        });
        assertThat(first.findings("acme.working")).hasSize(1);
        assertThat(first.findings(ReviewRule.STRUCTURE_CONSTRAINT.id())).hasSize(1);
    }

    @Test
    void policy_overridesAndSwitchesOffCustomRulesByTheirId() {
        CustomRule rule = rule("acme.always", (review, sink) -> sink.report("$", "always"));
        ValidationPolicy escalate = ValidationPolicy.builder()
                .severity("acme.always", Severity.ERROR).build();
        ValidationPolicy off = ValidationPolicy.builder().disable("acme.always").build();

        assertThat(ReviewValidator.builder().policy(escalate).addRule(rule).build()
                .validate(CLEAN).findings("acme.always"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(ReviewValidator.builder().policy(off).addRule(rule).build()
                .validate(CLEAN).findings()).isEmpty();
    }

    @Test
    void ruleIdsOfBuiltInOrOtherCustomRules_areRefused() {
        ReviewValidator.Builder builder = ReviewValidator.builder()
                .addRule(rule("acme.one", (review, sink) -> { }));

        assertThatThrownBy(() -> builder.addRule(rule("protocol.unsigned", (r, s) -> { })))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("custom rule id 'protocol.unsigned' is already taken by a built-in"
                        + " rule");
        assertThatThrownBy(() -> builder.addRule(rule("acme.one", (r, s) -> { })))
                .hasMessage("custom rule id 'acme.one' is already taken by another custom rule");
    }

    @Test
    void ruleThatOverflowsTheStack_isContainedToo() {
        ReviewValidator validator = ReviewValidator.builder()
                .addRule(rule("acme.recursive", (review, sink) -> {
                    throw new StackOverflowError("deep");
                }))
                .build();

        assertThat(validator.validate(CLEAN).findings(ReviewRule.RULE_FAILED.id()))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("StackOverflowError"));
    }

    @Test
    void policyNamingAnUnknownRule_isRefusedWhenTheValidatorIsBuilt() {
        ValidationPolicy typo = ValidationPolicy.builder().disable("recomendation.missing").build();

        assertThatThrownBy(() -> ReviewValidator.builder().policy(typo).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the policy names rule 'recomendation.missing', which is neither a"
                        + " built-in rule nor a custom rule of this validator");
        ValidationPolicy custom = ValidationPolicy.builder().disable("acme.known").build();
        assertThat(ReviewValidator.builder().policy(custom)
                .addRule(rule("acme.known", (review, sink) -> { })).build()).isNotNull();
    }

    /** The check of a test rule. */
    private interface Check {

        void check(ReviewCycle review, CustomRule.FindingSink sink);
    }

    private static CustomRule rule(String id, Check check) {
        return new CustomRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Severity defaultSeverity() {
                return Severity.WARNING;
            }

            @Override
            public String title() {
                return "test rule " + id;
            }

            @Override
            public void check(ReviewCycle review, FindingSink sink) {
                check.check(review, sink);
            }
        };
    }
}
