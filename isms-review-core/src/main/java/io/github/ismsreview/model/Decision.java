package io.github.ismsreview.model;

import io.github.ismsreview.model.constraint.NonBlank;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A decision top management took in the review, with the actions it sets in motion.
 *
 * <p>The {@linkplain #category() category} is the key of an output category of the review's
 * edition ({@code procedure-control-changes} under ISO/IEC 27001:2005, {@code isms-changes}
 * under ISO/IEC 27001:2022). A decision of a later edition may in addition carry a
 * {@linkplain #classification() classification} by an ISO/IEC 27001:2005 7.3 category. A
 * decision in 2005 category c) names what drives the change.
 *
 * <pre>{@code
 * Decision mfa = Decision.builder()
 *         .category("isms-changes")
 *         .classification("procedure-control-changes")
 *         .addDriver(ChangeDriver.RISK_LEVELS_OR_ACCEPTANCE_CRITERIA)
 *         .description("Enforce MFA on the cloud root account")
 *         .addAction(Action.builder()
 *                 .description("Turn on MFA for the root account")
 *                 .owner("DevOps Lead")
 *                 .dueOn(LocalDate.of(2026, 6, 12))
 *                 .build())
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public interface Decision {

    /** Returns the identifier the record gives the decision. */
    Optional<@NonBlank String> id();

    /** Returns the key of the output category of the review's edition. */
    Optional<@NonBlank String> category();

    /**
     * Returns the key of an ISO/IEC 27001:2005 7.3 output category that classifies a decision
     * of a later edition further; not used by 2005 reviews, whose category already is one.
     */
    Optional<@NonBlank String> classification();

    /** Returns what was decided. */
    Optional<@NonBlank String> description();

    /** Returns what drives the change, for decisions in 2005 category c), in standard order. */
    @Value.NaturalOrder
    SortedSet<ChangeDriver> drivers();

    /** Returns the resources the decision reserves, if it reserves any. */
    Optional<@Valid Resources> resources();

    /** Returns the actions the decision sets in motion. */
    List<@Valid Action> actions();

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Decision}; every attribute is optional in a draft. */
    final class Builder extends ImmutableDecision.Builder {
    }
}
