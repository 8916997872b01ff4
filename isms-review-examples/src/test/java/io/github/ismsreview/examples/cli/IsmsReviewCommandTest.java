package io.github.ismsreview.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.model.ReviewCycle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsmsReviewCommandTest {

    @TempDir
    Path dir;

    private Path clean;

    private Path withErrors;

    @BeforeEach
    void writeReviews() throws IOException {
        clean = write("clean-2005.json", TestReviews.complete2005());
        withErrors = write("errors-2005.json", TestReviews.heldWithoutRecord2005());
    }

    @Test
    void cleanReviewExitsWithZeroAndNamesTheReview() {
        Result result = run("validate", clean.toString(), "--as-of", TestReviews.AS_OF);

        assertThat(result.code()).as(result.toString()).isEqualTo(0);
        assertThat(result.outLines().get(0)).isEqualTo("File:    " + clean);
        assertThat(result.outLines().get(1))
                .isEqualTo("Review:  MR-2009, ISO/IEC 27001:2005, stage closed");
        assertThat(result.out()).contains("Review MR-2009: 0 error(s), 0 warning(s)");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void reviewWithErrorsExitsWithOneAndPrintsTheFindings() {
        Result result = run("validate", withErrors.toString(), "--as-of", TestReviews.AS_OF);

        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).contains("ERROR  decision.none", "ERROR  protocol.missing");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void asOfBeforeTheMeetingTurnsTheCleanReviewIntoOneHeldInTheFuture() {
        Result result = run("validate", clean.toString(), "--as-of", "2009-03-09");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out())
                .contains("Checked: as of 2009-03-09 in UTC, interval 12 months")
                .contains("stage.held-in-future");
    }

    @Test
    void jsonFormatPrintsOnlyAReportJacksonCanParse() throws IOException {
        Result result = run("validate", withErrors.toString(), "--format", "json",
                "--as-of", TestReviews.AS_OF);

        JsonNode report = new ObjectMapper().readTree(result.out());
        assertThat(result.code()).isEqualTo(1);
        assertThat(report.path("findings").isArray()).as(result.out()).isTrue();
        assertThat(report.path("findings").size()).isGreaterThan(0);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void withoutFileTheBundledExampleIsValidatedAndNamed() {
        Result result = run("validate");

        assertThat(result.code()).as(result.toString()).isIn(0, 1);
        assertThat(result.outLines().get(0))
                .isEqualTo("File:    reviews/twyn-2026-06-02.json (bundled example)");
        assertThat(result.out()).contains("Review:  ");
    }

    @Test
    void withoutFileTheJsonFormatNamesTheBundledExampleOnStderr() throws IOException {
        Result result = run("validate", "--format", "json");

        assertThat(result.code()).as(result.toString()).isIn(0, 1);
        assertThat(result.err()).contains("reviews/twyn-2026-06-02.json");
        assertThat(new ObjectMapper().readTree(result.out()).path("findings").isArray()).isTrue();
    }

    @Test
    void missingFileExitsWithTwoAndSaysSo() {
        Path missing = dir.resolve("missing.json");

        Result result = run("validate", missing.toString());

        assertUnusable(result);
        assertThat(result.err())
                .isEqualTo("isms-review: cannot read " + missing + ": no such file\n");
    }

    @Test
    void directoryExitsWithTwoAndSaysSo() {
        Result result = run("validate", dir.toString());

        assertUnusable(result);
        assertThat(result.err()).contains("cannot read " + dir + ": it is a directory");
    }

    @Test
    void unreadableFileExitsWithTwoAndSaysSo() throws IOException {
        Files.setPosixFilePermissions(clean, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(clean), "the tests run as a user who reads any file");

        Result result = run("validate", clean.toString());

        assertUnusable(result);
        assertThat(result.err()).contains("cannot read " + clean + ": permission denied");
    }

    @Test
    void malformedJsonExitsWithTwoAndGivesTheLine() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"formatVersion\": 1,\n  \"id\": \"MR\"\n  \"edition\"");

        Result result = run("validate", broken.toString());

        assertUnusable(result);
        assertThat(result.err()).startsWith("isms-review: cannot read " + broken + ": ")
                .contains("line");
    }

    @Test
    void unknownPropertyExitsWithTwoAndNamesIt() throws IOException {
        Path unknown = dir.resolve("unknown.json");
        Files.writeString(unknown, Files.readString(clean)
                .replaceFirst("\\{", "{\"colour\": \"blue\", "));

        Result result = run("validate", unknown.toString());

        assertUnusable(result);
        assertThat(result.err()).contains("cannot read " + unknown, "colour");
    }

    @Test
    void badDateInTheFileExitsWithTwoAndShowsTheValue() throws IOException {
        Path badDate = dir.resolve("bad-date.json");
        Files.writeString(badDate, Files.readString(clean).replace("2009-03-10", "2009-13-10"));

        Result result = run("validate", badDate.toString());

        assertUnusable(result);
        assertThat(result.err()).contains("2009-13-10");
    }

    @Test
    void badAsOfExitsWithTwoAndShowsTheValue() {
        Result result = run("validate", clean.toString(), "--as-of", "2026-13-01");

        assertUnusable(result);
        assertThat(result.err()).contains("--as-of", "expected a date as YYYY-MM-DD",
                "'2026-13-01'");
    }

    @Test
    void badFormatZoneOrIntervalExitsWithTwo() {
        assertUnusable(run("validate", clean.toString(), "--format", "xml"));
        assertUnusable(run("validate", clean.toString(), "--zone", "Mars/Olympus"));
        assertUnusable(run("validate", clean.toString(), "--interval-months", "0"));
        assertUnusable(run("validate", clean.toString(), "--interval-months", "twelve"));
        assertUnusable(run("validate", clean.toString(), "--no-such-option"));
        assertUnusable(run("validate", clean.toString(), clean.toString()));
    }

    @Test
    void missingCommandExitsWithTwo() {
        Result result = run();

        assertUnusable(result);
        assertThat(result.err()).contains("a command is required: validate");
    }

    @Test
    void unknownCommandExitsWithTwo() {
        assertUnusable(run("check", clean.toString()));
    }

    @Test
    void helpListsTheValidateOptionsAndExitsWithZero() {
        Result result = run("validate", "--help");

        assertThat(result.code()).isEqualTo(0);
        assertThat(result.out()).contains("Usage: isms-review validate", "[FILE]", "--format",
                "--as-of", "--zone", "--interval-months", "Exit codes:");
    }

    @Test
    void versionExitsWithZero() {
        Result result = run("--version");

        assertThat(result.code()).isEqualTo(0);
        assertThat(result.out()).startsWith("isms-review ");
    }

    private Path write(String name, ReviewCycle review) throws IOException {
        Path file = dir.resolve(name);
        ReviewJson.create().write(review, file);
        return file;
    }

    @Test
    void namedPipe_isRefusedInsteadOfBlocking() throws Exception {
        Path pipe = dir.resolve("review.pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo works here");

        Result result = run("validate", pipe.toString());

        assertUnusable(result);
        assertThat(result.err()).contains("it is not a regular file");
    }

    @Test
    void controlCharactersInAReview_cannotForgeLinesOfTheOutput() throws Exception {
        Path file = dir.resolve("forged.json");
        Files.writeString(file, "{\"formatVersion\": 1, \"id\": "
                + "\"MR\\nReview FAKE: 0 error(s)\\u001b[2J\", "
                + "\"edition\": \"iso-iec-27001-2022\"}");

        Result result = run("validate", file.toString());

        assertThat(result.out().lines()).noneMatch(line -> line.startsWith("Review FAKE"));
        assertThat(result.out()).doesNotContain("\u001b").contains("MR\\u000AReview FAKE");
    }

    private static void assertUnusable(Result result) {
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("isms-review: ").endsWith("\n");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).doesNotContain("Exception", "at io.", "at picocli.");
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = IsmsReviewCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Result(code, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    /** What one run of the command line printed and returned. */
    private record Result(int code, String out, String err) {

        List<String> outLines() {
            return out.lines().toList();
        }
    }
}
