package io.github.ismsreview.validation;

final class ProtocolRules {

    private ProtocolRules() {
    }

    static void check(RuleContext context) {
    }
}
