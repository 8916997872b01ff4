package io.github.ismsreview.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.migration.ReviewMigration;
import io.github.ismsreview.model.ReviewCycle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateCommandTest {

    private final ReviewJson json = ReviewJson.create();

    @TempDir
    Path dir;

    @Test
    void a2005Review_isWrittenNextToTheFileAndTheNotesArePrintedWithExitOne()
            throws IOException {
        Path file = write("review.json", TestReviews.complete2005());
        String before = Files.readString(file);
        Path expected = dir.resolve("review-iso-iec-27001-2022.json");

        CommandRun run = CommandRun.of("migrate", file.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith(file + " (ISO/IEC 27001:2005) -> " + expected
                        + " (ISO/IEC 27001:2022): ")
                .contains("\nMERGED improvement-opportunities (9.3.2 g)): ",
                        "\nNOT_IN_SOURCE changes-in-interested-party-needs (9.3.2 c)): ",
                        "\nNOT_IN_SOURCE objective-fulfilment-trends (9.3.2 d) 4)): ",
                        "\nSPLIT_NEEDED changes-in-issues (9.3.2 b)): ");
        assertThat(json.read(expected))
                .isEqualTo(ReviewMigration.toIso27001v2022(TestReviews.complete2005()).review());
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void output_writesTheMigratedReviewThere() throws IOException {
        Path file = write("review.json", TestReviews.complete2005());
        Path output = dir.resolve("migrated.json");

        CommandRun run = CommandRun.of("migrate", file.toString(), "--output", output.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(json.read(output).edition()).isSameAs(Edition.ISO_IEC_27001_2022);
        assertThat(dir.resolve("review-iso-iec-27001-2022.json")).doesNotExist();
    }

    @Test
    void a2022Review_isWrittenUnchangedWithExitZeroAndNoNotes() throws IOException {
        ReviewCycle review = ReviewCycle.builder().from(TestReviews.complete2005())
                .edition(Edition.ISO_IEC_27001_2022)
                .inputs(List.of())
                .decisions(List.of())
                .build();
        Path file = write("review", review);
        Path expected = dir.resolve("review-iso-iec-27001-2022.json");

        CommandRun run = CommandRun.of("migrate", file.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo(file + " (ISO/IEC 27001:2022) -> " + expected
                + " (ISO/IEC 27001:2022): 0 note(s), 0 to check\n");
        assertThat(json.read(expected)).isEqualTo(review);
    }

    @Test
    void aReviewOfAnotherStandard_isRefusedWithTwoAndNothingIsWritten() throws IOException {
        Path file = write("quality.json", ReviewCycle.builder()
                .id("QMR-1")
                .edition(Edition.ISO_9001_2015)
                .build());

        CommandRun run = CommandRun.of("migrate", file.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.failedWithOneLine()).as(run.toString()).isTrue();
        assertThat(run.err()).startsWith("isms-review: cannot migrate " + file
                + ": cannot migrate review 'QMR-1' of ISO 9001:2015 (iso-9001-2015)");
        assertThat(dir.resolve("quality-iso-iec-27001-2022.json")).doesNotExist();
    }

    @Test
    void malformedFile_exitsWithTwoAndOneLine() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"formatVersion\": 1,");

        CommandRun run = CommandRun.of("migrate", file.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.failedWithOneLine()).as(run.toString()).isTrue();
        assertThat(run.err()).startsWith("isms-review: cannot read " + file + ": ");
    }

    @Test
    void missingFile_exitsWithTwoAndOneLine() {
        Path file = dir.resolve("absent.json");

        CommandRun run = CommandRun.of("migrate", file.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("isms-review: cannot read " + file + ": no such file\n");
    }

    @Test
    void outputInAMissingDirectory_exitsWithTwoAndOneLine() throws IOException {
        Path file = write("review.json", TestReviews.complete2005());
        Path output = dir.resolve("no-such-dir").resolve("migrated.json");

        CommandRun run = CommandRun.of("migrate", file.toString(), "-o", output.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.failedWithOneLine()).as(run.toString()).isTrue();
        assertThat(run.err())
                .isEqualTo("isms-review: cannot write " + output + ": no such directory\n");
    }

    @Test
    void help_listsMigrateAndItsExitCodes() {
        CommandRun top = CommandRun.of("--help");
        CommandRun own = CommandRun.of("migrate", "--help");

        assertThat(top.out()).contains("migrate");
        assertThat(own.code()).isZero();
        assertThat(own.out()).contains("--output", "Exit codes:",
                "1   the review was written; some notes report a loss",
                "2   nothing was written");
    }

    private Path write(String name, ReviewCycle review) throws IOException {
        Path file = dir.resolve(name);
        json.write(review, file);
        return file;
    }
}
