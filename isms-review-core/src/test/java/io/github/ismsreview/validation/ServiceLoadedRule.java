package io.github.ismsreview.validation;

import io.github.ismsreview.model.ReviewCycle;

/**
 * A custom rule listed in the test class path's {@code META-INF/services}, so that every
 * validator built in the tests finds it; it reports only on reviews of its own organization.
 */
public final class ServiceLoadedRule implements CustomRule {

    static final String ORGANIZATION = "Service Loaded Rule Test Ltd";

    /** Creates the rule; {@link java.util.ServiceLoader} does so. */
    public ServiceLoadedRule() {
    }

    @Override
    public String id() {
        return "test.service-loaded";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return "Reviews of the test organization are reported";
    }

    @Override
    public void check(ReviewCycle review, FindingSink sink) {
        if (review.organization().filter(ORGANIZATION::equals).isPresent()) {
            sink.report("organization", "found by the service-loaded rule");
        }
    }
}
