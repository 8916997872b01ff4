package io.github.ismsreview.validation;

final class StructureRules {

    private StructureRules() {
    }

    static void check(RuleContext context) {
    }
}
