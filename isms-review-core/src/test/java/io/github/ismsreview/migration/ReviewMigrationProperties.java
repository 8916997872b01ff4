package io.github.ismsreview.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.edition.InputCategory;
import io.github.ismsreview.model.InputEntry;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.testing.ReviewGens;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the migration over generated 2005 and 2013 reviews. */
class ReviewMigrationProperties {

    @Test
    void migration_neverThrows_givesA2022Review_keepsEverySummary_andNamesEveryMissingInput() {
        qt().withExamples(2000)
                .forAll(reviewsOf(Edition.ISO_IEC_27001_2005, Edition.ISO_IEC_27001_2013))
                .checkAssert(review -> {
                    MigrationResult result = ReviewMigration.toIso27001v2022(review);
                    ReviewCycle migrated = result.review();

                    assertThat(migrated.edition()).isSameAs(Edition.ISO_IEC_27001_2022);
                    for (InputEntry input : review.inputs()) {
                        input.summary().ifPresent(summary -> assertThat(migrated.inputs())
                                .anyMatch(entry -> entry.summary().orElse("").contains(summary)));
                    }
                    Set<String> present = migrated.inputs().stream()
                            .map(InputEntry::category)
                            .collect(Collectors.toSet());
                    Set<String> named = result.notes().stream()
                            .filter(note -> note.kind().needsAttention())
                            .map(MigrationNote::key)
                            .collect(Collectors.toSet());
                    for (InputCategory required : Edition.ISO_IEC_27001_2022.requiredInputs()) {
                        if (!present.contains(required.key())) {
                            assertThat(named).contains(required.key());
                        }
                    }
                });
    }

    @Test
    void migration_keepsEverythingButEditionInputsDecisionsAndDescription() {
        qt().withExamples(1000)
                .forAll(reviewsOf(Edition.ISO_IEC_27001_2005, Edition.ISO_IEC_27001_2013))
                .checkAssert(review -> {
                    ReviewCycle migrated = ReviewMigration.toIso27001v2022(review).review();

                    assertThat(ReviewCycle.builder().from(migrated)
                            .edition(review.edition())
                            .alsoCovers(review.alsoCovers())
                            .inputs(review.inputs())
                            .decisions(review.decisions())
                            .description(review.description())
                            .build())
                            .isEqualTo(review);
                    assertThat(migrated.description().orElseThrow())
                            .startsWith(review.description().orElse(""))
                            .endsWith("merged or is missing.");
                });
    }

    @Test
    void migrating2013_keepsEveryEntryAndDecisionEqualToItself() {
        qt().withExamples(1000)
                .forAll(reviewsOf(Edition.ISO_IEC_27001_2013))
                .checkAssert(review -> {
                    ReviewCycle migrated = ReviewMigration.toIso27001v2022(review).review();

                    assertThat(migrated.inputs()).isEqualTo(review.inputs());
                    assertThat(migrated.decisions()).isEqualTo(review.decisions());
                });
    }

    @Test
    void migratingA2022Review_isTheIdentity() {
        qt().withExamples(300)
                .forAll(reviewsOf(Edition.ISO_IEC_27001_2022))
                .checkAssert(review -> {
                    MigrationResult result = ReviewMigration.toIso27001v2022(review);

                    assertThat(result.review()).isSameAs(review);
                    assertThat(result.notes()).isEmpty();
                });
    }

    /**
     * Returns the generated reviews of the given editions only; the generator makes reviews of
     * every edition, too few of one edition for QuickTheories' assumptions, so others are
     * skipped here.
     */
    private static Gen<ReviewCycle> reviewsOf(Edition... editions) {
        Set<Edition> wanted = Set.of(editions);
        Gen<ReviewCycle> reviews = ReviewGens.reviews();
        return in -> {
            ReviewCycle review = reviews.generate(in);
            while (!wanted.contains(review.edition())) {
                review = reviews.generate(in);
            }
            return review;
        };
    }
}
