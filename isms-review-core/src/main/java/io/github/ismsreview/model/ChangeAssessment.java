package io.github.ismsreview.model;

import io.github.ismsreview.model.constraint.NonBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the review concluded about the ISMS as a whole: whether it is still suitable, adequate
 * and effective, which opportunities for improvement it saw, and whether the ISMS, the security
 * policy and the security objectives need to change.
 *
 * <p>Each conclusion is a statement in words; an absent one means the record does not show that
 * the question was assessed. "No change needed" is a conclusion and counts as assessed.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public interface ChangeAssessment {

    /** Returns the conclusion on the continuing suitability, adequacy and effectiveness. */
    Optional<@NonBlank String> suitability();

    /** Returns the opportunities for improvement that were assessed. */
    Optional<@NonBlank String> improvementOpportunities();

    /** Returns the conclusion on the need for changes to the ISMS. */
    Optional<@NonBlank String> ismsChanges();

    /** Returns the conclusion on the information security policy. */
    Optional<@NonBlank String> securityPolicy();

    /** Returns the conclusion on the information security objectives. */
    Optional<@NonBlank String> securityObjectives();

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ChangeAssessment}; every attribute is optional. */
    final class Builder extends ImmutableChangeAssessment.Builder {
    }
}
