package io.github.ismsreview.validation;

import io.github.ismsreview.model.ReviewStage;
import java.util.List;
import java.util.Objects;

/**
 * The answer to whether a review may move to another stage, and if not, why.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TransitionCheck {

    private final ReviewStage from;
    private final ReviewStage to;
    private final List<String> reasons;
    private final List<Finding> blockers;

    TransitionCheck(ReviewStage from, ReviewStage to, List<String> reasons,
            List<Finding> blockers) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.reasons = List.copyOf(reasons);
        this.blockers = List.copyOf(blockers);
    }

    /** Returns the stage the review is at. */
    public ReviewStage from() {
        return from;
    }

    /** Returns the stage the review would move to. */
    public ReviewStage to() {
        return to;
    }

    /** Checks whether the review may move to the stage. */
    public boolean isAllowed() {
        return reasons.isEmpty() && blockers.isEmpty();
    }

    /** Returns why the move is not allowed in itself, for example skipping a stage. */
    public List<String> reasons() {
        return reasons;
    }

    /** Returns the errors the review would have at the new stage; each one blocks the move. */
    public List<Finding> blockers() {
        return blockers;
    }

    @Override
    public String toString() {
        if (isAllowed()) {
            return from + " -> " + to + ": allowed";
        }
        return from + " -> " + to + ": not allowed; " + String.join("; ", reasons)
                + (blockers.isEmpty() ? "" : (reasons.isEmpty() ? "" : "; ") + blockers.size()
                        + " error(s) at the new stage, first: " + blockers.get(0).message());
    }
}
