package io.github.ismsreview.model;

/** The progress of an action decided in a review. */
public enum ActionStatus {

    /** Decided, not started. */
    OPEN,

    /** Started, not done. */
    IN_PROGRESS,

    /** Done. */
    DONE,

    /** Dropped by a later decision. */
    CANCELLED;

    /** Checks whether the action still needs work (it is open or in progress). */
    public boolean isPending() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
