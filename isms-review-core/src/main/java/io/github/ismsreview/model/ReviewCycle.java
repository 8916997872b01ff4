package io.github.ismsreview.model;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.model.constraint.NonBlank;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One round of the management review for one ISMS: the plan, the inputs the information
 * security officer prepared, the recommendations made in the meeting, the conclusions and
 * decisions of top management, and the signed protocol.
 *
 * <p>A review follows one {@link Edition} of the standard, which says which input and output
 * categories it has. Only the identifier and the edition are required; everything else may be
 * missing from a draft, and {@link io.github.ismsreview.validation.ReviewValidator} reports what
 * the review's {@linkplain #stage() stage} still needs.
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

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReviewCycle}; {@code id} and {@code edition} are required. */
    final class Builder extends ImmutableReviewCycle.Builder {
    }
}
