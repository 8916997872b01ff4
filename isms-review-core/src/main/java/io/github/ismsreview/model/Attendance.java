package io.github.ismsreview.model;

/** Whether a listed participant was at the meeting. */
public enum Attendance {

    /** Took part in the meeting. */
    PRESENT,

    /** Sent apologies. */
    EXCUSED,

    /** Expected but not there, without apologies. */
    ABSENT
}
