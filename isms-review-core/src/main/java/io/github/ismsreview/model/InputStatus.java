package io.github.ismsreview.model;

/** Whether an input category was addressed or explicitly had nothing to report. */
public enum InputStatus {

    /** The category was addressed: a summary and, ideally, evidence management can read. */
    ADDRESSED,

    /** Nothing to report in this category this time, with the reason why. */
    NOTHING_TO_REPORT
}
