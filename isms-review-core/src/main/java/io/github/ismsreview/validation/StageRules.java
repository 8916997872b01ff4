package io.github.ismsreview.validation;

final class StageRules {

    private StageRules() {
    }

    static void check(RuleContext context) {
    }
}
