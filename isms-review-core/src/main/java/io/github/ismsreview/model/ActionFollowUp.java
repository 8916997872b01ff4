package io.github.ismsreview.model;

import io.github.ismsreview.model.constraint.NonBlank;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The current status of an action an earlier review decided, as the input on previous actions
 * reports it (ISO/IEC 27001:2005 7.2 g, ISO/IEC 27001:2022 9.3.2 a).
 *
 * <pre>{@code
 * ActionFollowUp update = ActionFollowUp.of("ACT-03", ActionStatus.DONE);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public interface ActionFollowUp {

    /** Returns the id the earlier review gave the action, for example {@code ACT-03}. */
    @NotBlank
    String actionId();

    /** Returns the action's status as of this review. */
    ActionStatus status();

    /** Returns the date the action was done or cancelled, if it was. */
    Optional<LocalDate> completedOn();

    /** Returns what the record says about the action's progress. */
    Optional<@NonBlank String> note();

    /** Returns a follow-up of the action with the given id and status. */
    static ActionFollowUp of(String actionId, ActionStatus status) {
        return builder().actionId(actionId).status(status).build();
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ActionFollowUp}; {@code actionId} and {@code status} are required. */
    final class Builder extends ImmutableActionFollowUp.Builder {
    }
}
