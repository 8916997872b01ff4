package io.github.ismsreview.model;

/** The unit of an {@link Effort}. */
public enum EffortUnit {

    /** Hours of one person's work. */
    PERSON_HOURS,

    /** Days of one person's work. */
    PERSON_DAYS,

    /** Months of one person's work. */
    PERSON_MONTHS,

    /** Full-time positions, for example a hire. */
    FULL_TIME_EQUIVALENTS
}
