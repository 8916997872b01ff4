package io.github.ismsreview.model;

import io.github.ismsreview.model.constraint.NonBlank;
import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The financial and other resources that a recommendation asks for or a decision reserves.
 *
 * <p>Resources are quantified when they carry a budget, an effort or both; a note alone (for
 * example "budget approved") leaves them unquantified, which the validator reports.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public interface Resources {

    /** Returns the money reserved, if stated. */
    Optional<@Valid Money> budget();

    /** Returns the work reserved, if stated. */
    Optional<@Valid Effort> effort();

    /** Returns what the record says about the resources in words. */
    Optional<@NonBlank String> note();

    /** Checks whether the resources are stated as money or effort. */
    default boolean isQuantified() {
        return budget().isPresent() || effort().isPresent();
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link Resources}; every attribute is optional. */
    final class Builder extends ImmutableResources.Builder {
    }
}
