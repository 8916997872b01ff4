package io.github.ismsreview.model;

/** What the information security officer recommends in the meeting. */
public enum RecommendationKind {

    /** A change to the ISMS, its documents or its controls. */
    CHANGE,

    /** A priority among the things to do. */
    PRIORITY,

    /** An improvement of the ISMS. */
    IMPROVEMENT,

    /** The financial and other resources that the recommendations need. */
    RESOURCES
}
