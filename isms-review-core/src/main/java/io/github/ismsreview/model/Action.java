package io.github.ismsreview.model;

import io.github.ismsreview.model.constraint.NonBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing to do that a decision sets in motion, with an owner, a due date and a status.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public interface Action {

    /** Returns the identifier the record gives the action, for example {@code ACT-03}. */
    Optional<@NonBlank String> id();

    /** Returns what is to be done. */
    Optional<@NonBlank String> description();

    /** Returns who is responsible, by name or role. */
    Optional<@NonBlank String> owner();

    /** Returns the date by which the action is due. */
    Optional<LocalDate> dueOn();

    /** Returns the progress of the action; {@link ActionStatus#OPEN} unless set. */
    @Value.Default
    default ActionStatus status() {
        return ActionStatus.OPEN;
    }

    /** Returns the date the action was done or cancelled, if it was. */
    Optional<LocalDate> completedOn();

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Action}; every attribute is optional in a draft. */
    final class Builder extends ImmutableAction.Builder {
    }
}
