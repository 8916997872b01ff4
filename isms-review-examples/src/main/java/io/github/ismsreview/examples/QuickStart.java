package io.github.ismsreview.examples;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.model.InputEntry;
import io.github.ismsreview.model.PreviousReview;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import io.github.ismsreview.validation.ReviewValidator;
import io.github.ismsreview.validation.ValidationReport;
import java.time.LocalDate;

/**
 * The code sample of the README: builds a review, validates it and writes it as JSON.
 *
 * <p>The body of {@link #run()} is the sample, line for line; a test runs it, so the sample
 * the README shows compiles and works.
 */
public final class QuickStart {

    private QuickStart() {
    }

    /**
     * Builds a review whose inputs are still being prepared, validates it and writes it as JSON.
     *
     * @return the validation report for a person, followed by the review as JSON
     */
    public static String run() {
        ReviewCycle review = ReviewCycle.builder()
                .id("MR-2026")
                .edition(Edition.ISO_IEC_27001_2022)
                .stage(ReviewStage.INPUTS_PREPARED)
                .plannedOn(LocalDate.of(2026, 3, 15))
                .previousReview(PreviousReview.of("MR-2025", LocalDate.of(2025, 3, 20)))
                .addInput(InputEntry.addressed("audit-result-trends",
                        "Internal audit IA-001: 7 major and 5 minor nonconformities"))
                .build();

        ValidationReport report = ReviewValidator.standard().validate(review);
        String json = ReviewJson.create().write(review);

        return report.toText() + "\n" + json;
    }

    /**
     * Prints what {@link #run()} returns.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        System.out.println(run());
    }
}
