package io.github.ismsreview.model;

import io.github.ismsreview.model.constraint.NonBlank;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The protocol (minutes) of the meeting: its date, the participants, what was agreed, and the
 * signature of a top-management representative.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public interface Protocol {

    /** Returns the date of the meeting. */
    Optional<LocalDate> meetingOn();

    /** Returns the people listed, with their roles and attendance. */
    List<@Valid Participant> participants();

    /** Returns what was agreed, item by item. */
    List<@NonBlank String> agreedItems();

    /** Returns the signature, once the protocol is signed. */
    Optional<@Valid Signature> signature();

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Protocol}; every attribute is optional in a draft. */
    final class Builder extends ImmutableProtocol.Builder {
    }
}
