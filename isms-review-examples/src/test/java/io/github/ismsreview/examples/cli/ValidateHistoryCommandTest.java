package io.github.ismsreview.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.model.ReviewCycle;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code validate-history} command on a folder, a JSON array and JSON Lines. */
class ValidateHistoryCommandTest {

    @TempDir
    Path dir;

    private final ReviewJson json = ReviewJson.create();

    @Test
    void folderOfTheTwoTwynReviews_reportsTheActionsTheSecondDoesNotFollowUp() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("twyn"));
        json.write(bundled("twyn-2026-06-02"), folder.resolve("1.json"));
        json.write(bundled("twyn-2026-06-09"), folder.resolve("2.json"));

        CommandRun run = CommandRun.of("validate-history", folder.toString(),
                "--as-of", "2026-12-04");

        assertThat(run.code()).isEqualTo(IsmsReviewCommand.EXIT_ERRORS);
        assertThat(run.out())
                .contains("History of 2 review(s)")
                .contains("Next review due by 2027-06-09")
                .contains("history.action-not-followed-up")
                .contains("action 'ACT-03'");
    }

    @Test
    void jsonArrayAndJsonLines_giveTheSameReport() throws IOException {
        List<ReviewCycle> reviews = List.of(bundled("twyn-2026-06-02"),
                bundled("twyn-2026-06-09"));
        Path array = dir.resolve("history.json");
        Path lines = dir.resolve("history.jsonl");
        try (OutputStream out = Files.newOutputStream(array)) {
            json.writeArray(reviews, out);
        }
        try (OutputStream out = Files.newOutputStream(lines)) {
            json.writeLines(reviews, out);
        }

        CommandRun fromArray = CommandRun.of("validate-history", array.toString(),
                "--as-of", "2026-12-04");
        CommandRun fromLines = CommandRun.of("validate-history", lines.toString(),
                "--as-of", "2026-12-04");

        assertThat(fromArray.code()).isEqualTo(IsmsReviewCommand.EXIT_ERRORS);
        assertThat(fromArray.out().lines().skip(1).toList())
                .isEqualTo(fromLines.out().lines().skip(1).toList());
    }

    @Test
    void brokenReviewInTheMiddle_exitsWithTwoAndOneLine() throws IOException {
        Path lines = dir.resolve("broken.jsonl");
        Files.writeString(lines, json.write(bundled("example-2005")).replace("\n", "")
                + "\n{\"formatVersion\": 1, \"id\": \"x\", \"edition\": \"iso\"}\n");

        CommandRun run = CommandRun.of("validate-history", lines.toString());

        assertThat(run.failedWithOneLine()).as(run.err()).isTrue();
        assertThat(run.code()).isEqualTo(IsmsReviewCommand.EXIT_UNUSABLE);
        assertThat(run.err()).contains("$.edition (line 2");
    }

    @Test
    void missingPath_exitsWithTwo() {
        CommandRun run = CommandRun.of("validate-history", dir.resolve("nope").toString());

        assertThat(run.failedWithOneLine()).isTrue();
        assertThat(run.err()).contains("no such file or folder");
    }

    @Test
    void germanMessages_areSelectedByLang() throws IOException {
        Path file = dir.resolve("one.json");
        json.write(bundled("twyn-2026-06-02"), file);

        CommandRun run = CommandRun.of("validate", file.toString(), "--lang", "de");

        assertThat(run.out()).contains("input.category-missing").doesNotContain("no entry for");
    }

    @Test
    void folderWithoutReviewFiles_exitsWithTwo() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));

        CommandRun run = CommandRun.of("validate-history", empty.toString());

        assertThat(run.failedWithOneLine()).isTrue();
        assertThat(run.err()).contains("holds no review files");
    }

    static ReviewCycle bundled(String name) throws IOException {
        try (InputStream in = ValidateHistoryCommandTest.class.getResourceAsStream(
                "/reviews/" + name + ".json")) {
            return ReviewJson.create().read(Objects.requireNonNull(in, name));
        }
    }
}
