package io.github.ismsreview.model;

import io.github.ismsreview.model.constraint.NonBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to the review held before this one: its identifier and the date it was held.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public interface PreviousReview {

    /** Returns the identifier of the previous review, if the record names it. */
    Optional<@NonBlank String> id();

    /** Returns the date the previous review was held. */
    LocalDate heldOn();

    /** Returns a reference to the review with the given identifier, held on the given date. */
    static PreviousReview of(String id, LocalDate heldOn) {
        return ImmutablePreviousReview.builder().id(id).heldOn(heldOn).build();
    }

    /** Returns a reference to a review known only by the date it was held. */
    static PreviousReview heldOn(LocalDate heldOn) {
        return ImmutablePreviousReview.builder().heldOn(heldOn).build();
    }
}
