package io.github.ismsreview.validation;

final class IntervalRules {

    private IntervalRules() {
    }

    static void check(RuleContext context) {
    }
}
