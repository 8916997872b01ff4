package io.github.ismsreview.model;

/**
 * Where a review stands in its cycle; each stage asks more of the record than the one before.
 */
public enum ReviewStage {

    /** The review is scheduled; only the plan is expected. */
    PLANNED,

    /** The information security officer has prepared every input; the meeting is still ahead. */
    INPUTS_PREPARED,

    /** The meeting took place; its record may still lack the signature. */
    HELD,

    /** The record is complete and signed; nothing may be missing. */
    CLOSED,

    /**
     * The review was called off before it was closed; the record says why in
     * {@link ReviewCycle#cancellationReason()}. A cancelled review asks for nothing else.
     */
    CANCELLED;

    /**
     * Checks whether this stage is the given one or a later one on the way to closing; a
     * cancelled review is at no stage of that way.
     */
    public boolean isAtLeast(ReviewStage other) {
        if (this == CANCELLED || other == CANCELLED) {
            return this == other;
        }
        return compareTo(other) >= 0;
    }
}
