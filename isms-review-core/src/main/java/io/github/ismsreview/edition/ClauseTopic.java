package io.github.ismsreview.edition;

/**
 * The parts of a standard's management-review clause that a validation rule can rest on.
 *
 * <p>Each {@link Edition} maps every topic to its own clause number, so that a finding cites the
 * clause of the edition the review follows: the interval rule cites 7.1 for ISO/IEC 27001:2005
 * and 9.3.1 for ISO/IEC 27001:2022.
 */
public enum ClauseTopic {

    /** That management reviews the system at planned intervals (and, in 2005, at least yearly). */
    REVIEW_INTERVAL,

    /** That the review assesses improvement opportunities and the need for changes. */
    CHANGE_ASSESSMENT,

    /** What information the review takes in. */
    REVIEW_INPUTS,

    /** What decisions and actions the review produces. */
    REVIEW_OUTPUTS,

    /** That the results of the review are documented and kept as evidence. */
    DOCUMENTED_RESULTS
}
