package io.github.ismsreview.model;

import io.github.ismsreview.model.constraint.NonBlank;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the review took in for one input category: either the category was addressed (a summary,
 * the evidence management can read, who prepared it) or it explicitly had nothing to report,
 * with a reason.
 *
 * <pre>{@code
 * InputEntry audits = InputEntry.builder()
 *         .category("audit-result-trends")
 *         .status(InputStatus.ADDRESSED)
 *         .summary("Internal audit IA-001: 7 major and 5 minor nonconformities")
 *         .addEvidence(Evidence.of("Internal audit report IA-001"))
 *         .preparedBy("ISMS Manager")
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public interface InputEntry {

    /**
     * Returns the key of the input category of the review's edition, for example
     * {@code changes-in-interested-party-needs}.
     */
    @NotBlank
    String category();

    /** Returns whether the category was addressed or had nothing to report. */
    InputStatus status();

    /** Returns what was presented, for an addressed category. */
    Optional<@NonBlank String> summary();

    /** Returns the reports behind the summary. */
    List<@Valid Evidence> evidence();

    /** Returns who prepared the input. */
    Optional<@NonBlank String> preparedBy();

    /** Returns why there was nothing to report, for a category marked so. */
    Optional<@NonBlank String> reason();

    /**
     * Returns the status of each action of earlier reviews, for the input on previous actions;
     * empty for other categories.
     */
    List<@Valid ActionFollowUp> actionUpdates();

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Returns an addressed entry with a summary and nothing else. */
    static InputEntry addressed(String category, String summary) {
        return builder().category(category).status(InputStatus.ADDRESSED).summary(summary).build();
    }

    /** Returns an entry that explicitly has nothing to report, with the reason. */
    static InputEntry nothingToReport(String category, String reason) {
        return builder()
                .category(category)
                .status(InputStatus.NOTHING_TO_REPORT)
                .reason(reason)
                .build();
    }

    /** Builds an {@link InputEntry}; {@code category} and {@code status} are required. */
    final class Builder extends ImmutableInputEntry.Builder {
    }
}
