package io.github.ismsreview.model;

/** The role a person plays in the management review. */
public enum ParticipantRole {

    /** A member of top management: the people who decide for the whole organization. */
    TOP_MANAGEMENT,

    /** The information security officer or manager, who prepares, presents and recommends. */
    INFORMATION_SECURITY_OFFICER,

    /** Anyone else: a minute-taker, a process owner, an auditor, a guest. */
    OTHER
}
