package io.github.ismsreview.validation;

final class InputRules {

    private InputRules() {
    }

    static void check(RuleContext context) {
    }
}
