package io.github.ismsreview.validation;

final class DecisionRules {

    private DecisionRules() {
    }

    static void check(RuleContext context) {
    }
}
