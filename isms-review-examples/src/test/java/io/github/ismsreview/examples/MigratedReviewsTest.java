package io.github.ismsreview.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.migration.MigrationNote;
import io.github.ismsreview.migration.MigrationResult;
import io.github.ismsreview.migration.ReviewMigration;
import io.github.ismsreview.model.InputEntry;
import io.github.ismsreview.model.ReviewCycle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Holds the bundled 2022 version of the UPM record to what the migration makes of the 2013
 * record, and pins the migration notes in {@code src/test/resources/pinned-migration}.
 */
class MigratedReviewsTest {

    private static final String SOURCE = "upm-2019-01-16";

    private static final String MIGRATED = "upm-2019-01-16-iso-iec-27001-2022";

    @Test
    void bundledMigratedFile_isWhatMigrationMakesOfTheBundled2013Record() throws IOException {
        ReviewCycle source = RealReviewsTest.read(SOURCE);

        MigrationResult result = ReviewMigration.toIso27001v2022(source);

        assertThat(source.edition()).isSameAs(Edition.ISO_IEC_27001_2013);
        assertThat(RealReviewsTest.read(MIGRATED)).isEqualTo(result.review());
    }

    @Test
    void migrationNotesOfTheBundled2013Record_areThePinnedOnes() throws IOException {
        MigrationResult result = ReviewMigration.toIso27001v2022(RealReviewsTest.read(SOURCE));

        String actual = result.notes().stream()
                .map(MigrationNote::toString)
                .collect(Collectors.joining("\n", "", "\n"));
        String pinned = Files.readString(
                Path.of("src/test/resources/pinned-migration/" + SOURCE + ".txt"),
                StandardCharsets.UTF_8);

        assertThat(actual).isEqualTo(pinned);
    }

    @Test
    void migratingThe2013Record_losesNoContent() throws IOException {
        ReviewCycle source = RealReviewsTest.read(SOURCE);

        ReviewCycle migrated = ReviewMigration.toIso27001v2022(source).review();

        for (InputEntry input : source.inputs()) {
            assertThat(migrated.inputs()).contains(input);
        }
        assertThat(migrated.decisions()).isEqualTo(source.decisions());
        assertThat(migrated.protocol()).isEqualTo(source.protocol());
        assertThat(migrated.description().orElseThrow())
                .startsWith(source.description().orElseThrow());
    }
}
