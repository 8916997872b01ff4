package io.github.ismsreview.examples;

import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.migration.MigrationNote;
import io.github.ismsreview.migration.MigrationResult;
import io.github.ismsreview.migration.ReviewMigration;
import io.github.ismsreview.model.ReviewCycle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The migration sample of the README: reads a 2005 or 2013 review, migrates it to the ISO/IEC
 * 27001:2022 structure, writes it and returns the notes a person should check.
 *
 * <p>The body of {@link #run(Path, Path)} is the sample, line for line; a test runs it, so the
 * sample the README shows compiles and works.
 */
public final class MigrationExample {

    private MigrationExample() {
    }

    /**
     * Migrates the review in {@code source} and writes the result to {@code target}.
     *
     * @param source a review of ISO/IEC 27001:2005, 2013 or 2022 as JSON
     * @param target where to write the migrated review
     * @return the notes that report a loss, a gap or a change of meaning, one a line
     * @throws IOException if a file cannot be read or written
     */
    public static String run(Path source, Path target) throws IOException {
        ReviewJson json = ReviewJson.create();
        ReviewCycle review = json.read(source);

        MigrationResult result = ReviewMigration.toIso27001v2022(review);
        json.write(result.review(), target);

        return result.notes().stream()
                .filter(note -> note.kind().needsAttention())
                .map(MigrationNote::toString)
                .collect(Collectors.joining("\n"));
    }

    /**
     * Migrates the file named by the first argument into the file named by the second and
     * prints the notes to check.
     *
     * @param args the source and target files
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        System.out.println(run(Path.of(args[0]), Path.of(args[1])));
    }
}
