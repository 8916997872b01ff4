package io.github.ismsreview.model;

import io.github.ismsreview.model.constraint.NonBlank;
import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A recommendation the information security officer made in the meeting: a change, a priority,
 * an improvement, or the resources these need.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public interface Recommendation {

    /** Returns what kind of recommendation this is. */
    RecommendationKind kind();

    /** Returns the recommendation in words. */
    Optional<@NonBlank String> description();

    /** Returns the resources the recommendation asks for, if it names any. */
    Optional<@Valid Resources> resources();

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Returns a recommendation of the given kind with a description. */
    static Recommendation of(RecommendationKind kind, String description) {
        return builder().kind(kind).description(description).build();
    }

    /** Builds a {@link Recommendation}; {@code kind} is required. */
    final class Builder extends ImmutableRecommendation.Builder {
    }
}
