package io.github.ismsreview.model;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.model.constraint.NonBlank;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One round of the management review for one ISMS: the plan, the inputs the information
 * security officer prepared, the recommendations made in the meeting, the conclusions and
 * decisions of top management, and the signed protocol.
 *
 * <p>A review follows one {@link Edition} of the standard, which says which input and output
 * categories it has. An integrated review, one meeting for several management systems, also
 * {@linkplain #alsoCovers() covers} editions of other standards and must then take in every
 * input each of them asks for. Only the identifier and the edition are required; everything
 * else may be missing from a draft, and {@link io.github.ismsreview.validation.ReviewValidator}
 * reports what the review's {@linkplain #stage() stage} still needs.
 *
 * <pre>{@code
 * ReviewCycle review = ReviewCycle.builder()
 *         .id("MR-2026")
 *         .edition(Edition.ISO_IEC_27001_2022)
 *         .organization("Example Ltd")
 *         .stage(ReviewStage.PLANNED)
 *         .plannedOn(LocalDate.of(2026, 3, 15))
 *         .previousReview(PreviousReview.of("MR-2025", LocalDate.of(2025, 3, 20)))
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public interface ReviewCycle {

    /** Returns the identifier of this review, unique within its ISMS. */
    @NotBlank
    String id();

    /** Returns the edition of the standard this review follows. */
    Edition edition();

    /**
     * Returns the editions of other standards this review also covers, as an integrated review,
     * in record order; empty unless set. {@link #edition()} stays the primary edition: rules that
     * do not depend on the categories of a standard judge and cite the review by it.
     *
     * <pre>{@code
     * ReviewCycle.builder().id("MR-2026")
     *         .edition(Edition.ISO_IEC_27001_2022)
     *         .addAlsoCovers(Edition.ISO_9001_2015)
     *         .build();
     * }</pre>
     *
     * <p>The list names each edition once and never the primary edition; the builder refuses a
     * review that breaks this.
     */
    List<Edition> alsoCovers();

    /** Returns the primary edition followed by the editions the review also covers. */
    default List<Edition> editions() {
        if (alsoCovers().isEmpty()) {
            return List.of(edition());
        }
        List<Edition> editions = new ArrayList<>();
        editions.add(edition());
        editions.addAll(alsoCovers());
        return List.copyOf(editions);
    }

    /** Returns the stage of the review; {@link ReviewStage#PLANNED} unless set. */
    @Value.Default
    default ReviewStage stage() {
        return ReviewStage.PLANNED;
    }

    /** Returns the organization that runs the ISMS. */
    Optional<@NonBlank String> organization();

    /** Returns the scope of the ISMS under review. */
    Optional<@NonBlank String> ismsScope();

    /** Returns free text about the record: its source, how it was encoded, what it lacks. */
    Optional<@NonBlank String> description();

    /** Returns the date the review was planned for. */
    Optional<LocalDate> plannedOn();

    /** Returns the date the review meeting was held. */
    Optional<LocalDate> heldOn();

    /** Returns the review held before this one, if there was one and the record names it. */
    Optional<@Valid PreviousReview> previousReview();

    /**
     * Checks whether the record states that this is the first review of the ISMS, so that no
     * previous review is expected; {@code false} unless set.
     */
    @Value.Default
    default boolean firstReview() {
        return false;
    }

    /** Returns the inputs, one entry per input category the record covers. */
    List<@Valid InputEntry> inputs();

    /** Returns the recommendations the information security officer made. */
    List<@Valid Recommendation> recommendations();

    /** Returns what the review concluded about the ISMS as a whole, if recorded. */
    Optional<@Valid ChangeAssessment> assessment();

    /** Returns the decisions taken, with their actions. */
    List<@Valid Decision> decisions();

    /** Returns the protocol of the meeting, once there is one. */
    Optional<@Valid Protocol> protocol();

    /** Returns why the review was cancelled, for a review at stage cancelled. */
    Optional<@NonBlank String> cancellationReason();

    /** Returns the date of the next review, if the record sets one. */
    Optional<LocalDate> nextReviewOn();

    /** Returns the entries for the input category with the given key, in record order. */
    default List<InputEntry> inputsFor(String categoryKey) {
        return inputs().stream().filter(input -> input.category().equals(categoryKey)).toList();
    }

    /**
     * Checks that {@link #alsoCovers()} names each edition once and not the primary one.
     *
     * @throws IllegalStateException naming the edition that is repeated or primary
     */
    @Value.Check
    default void checkAlsoCovers() {
        Set<Edition> seen = new HashSet<>();
        for (Edition covered : alsoCovers()) {
            if (covered == edition()) {
                throw new IllegalStateException("alsoCovers names " + covered.key()
                        + ", the primary edition of review " + id());
            }
            if (!seen.add(covered)) {
                throw new IllegalStateException("alsoCovers names " + covered.key()
                        + " more than once in review " + id());
            }
        }
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReviewCycle}; {@code id} and {@code edition} are required. */
    final class Builder extends ImmutableReviewCycle.Builder {
    }
}
