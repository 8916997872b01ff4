package io.github.ismsreview.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ismsreview.json.ReviewJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code check-schema} command. */
class CheckSchemaCommandTest {

    @TempDir
    Path dir;

    @Test
    void documentTheLibraryWrote_isValid() throws IOException {
        Path file = dir.resolve("review.json");
        ReviewJson.create().write(
                ValidateHistoryCommandTest.bundled("cyzilla-2025-03-31"), file);

        CommandRun run = CommandRun.of("check-schema", file.toString());

        assertThat(run.code()).isEqualTo(IsmsReviewCommand.EXIT_CLEAN);
        assertThat(run.out()).contains("valid against https://ismsreview.github.io/schema/");
    }

    @Test
    void documentTheSchemaRefuses_listsEachProblem_andExitsWithOne() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"formatVersion\": 1, \"id\": \"x\","
                + " \"edition\": \"iso-iec-27001-2022\", \"extra\": true}");

        CommandRun run = CommandRun.of("check-schema", file.toString());

        assertThat(run.code()).isEqualTo(IsmsReviewCommand.EXIT_ERRORS);
        assertThat(run.out()).contains("1 problem(s)", "'extra'");
    }

    @Test
    void missingFile_exitsWithTwoAndOneLine() {
        CommandRun run = CommandRun.of("check-schema", dir.resolve("nope.json").toString());

        assertThat(run.code()).isEqualTo(IsmsReviewCommand.EXIT_UNUSABLE);
        assertThat(run.failedWithOneLine()).isTrue();
    }

    @Test
    void trailingContentEmptyFilesAndMalformedJson_areUnreadable() throws IOException {
        Path trailing = Files.writeString(dir.resolve("trailing.json"), "{\"formatVersion\": 1,"
                + " \"id\": \"a\", \"edition\": \"iso-iec-27001-2022\"} garbage");
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        Path truncated = Files.writeString(dir.resolve("truncated.json"), "[1, 2");

        for (Path file : new Path[] {trailing, empty, truncated}) {
            CommandRun run = CommandRun.of("check-schema", file.toString());

            assertThat(run.code()).as(file.toString()).isEqualTo(IsmsReviewCommand.EXIT_UNUSABLE);
            assertThat(run.failedWithOneLine()).as(run.err()).isTrue();
            assertThat(run.err()).doesNotContain("unexpected failure");
        }
        assertThat(CommandRun.of("check-schema", truncated.toString()).err())
                .contains("malformed JSON (line 1");
    }
}
