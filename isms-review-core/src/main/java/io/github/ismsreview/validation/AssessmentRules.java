package io.github.ismsreview.validation;

final class AssessmentRules {

    private AssessmentRules() {
    }

    static void check(RuleContext context) {
    }
}
