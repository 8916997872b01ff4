package io.github.ismsreview.model;

import io.github.ismsreview.model.constraint.NonBlank;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A person listed in the protocol of the meeting, with the roles they hold and whether they
 * attended.
 *
 * <p>One person may hold several roles (in a small company the chief executive may also be the
 * information security officer); each role is counted for that person.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public interface Participant {

    /** Returns the person's name or, where the record withholds names, a role label. */
    @NotBlank
    String name();

    /** Returns the roles the person holds in the review, in declaration order of the enum. */
    @NotEmpty
    @Value.NaturalOrder
    SortedSet<ParticipantRole> roles();

    /** Returns the person's job title, for example {@code Chief Executive}. */
    Optional<@NonBlank String> title();

    /** Returns whether the person attended; {@link Attendance#PRESENT} unless set. */
    @Value.Default
    default Attendance attendance() {
        return Attendance.PRESENT;
    }

    /** Checks whether the person attended and holds the role. */
    default boolean attendedAs(ParticipantRole role) {
        return attendance() == Attendance.PRESENT && roles().contains(role);
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Returns a present participant with one role. */
    static Participant of(String name, ParticipantRole role) {
        return builder().name(name).addRole(role).build();
    }

    /** Builds a {@link Participant}; {@code name} is required. */
    final class Builder extends ImmutableParticipant.Builder {
    }
}
