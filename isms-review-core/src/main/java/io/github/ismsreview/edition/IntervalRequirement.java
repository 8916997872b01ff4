package io.github.ismsreview.edition;

/**
 * How an edition states the time between two reviews.
 */
public enum IntervalRequirement {

    /**
     * The standard itself requires a review at least once a year (ISO/IEC 27001:2005, 7.1): a
     * later review is a breach of the standard.
     */
    AT_LEAST_YEARLY,

    /**
     * The standard requires reviews at intervals the organization plans; the length is the
     * organization's policy (ISO/IEC 27001:2022, 9.3.1). A review later than the policy allows
     * breaks the plan, not a fixed rule of the standard.
     */
    PLANNED_INTERVALS
}
