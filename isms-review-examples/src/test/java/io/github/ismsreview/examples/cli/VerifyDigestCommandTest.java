package io.github.ismsreview.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ismsreview.json.ReviewDigest;
import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.model.ReviewCycle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyDigestCommandTest {

    @TempDir
    Path dir;

    @Test
    void signedUnchangedReview_exitsWithZeroAndSaysItMatches() throws IOException {
        ReviewCycle signed = ReviewDigest.sign(TestReviews.complete2005());
        Path file = write("signed.json", signed);

        CommandRun run = CommandRun.of("verify-digest", file.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo(file + ": the content matches the signed digest "
                + ReviewDigest.digest(signed) + "\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void reviewChangedAfterSigning_exitsWithOneAndGivesBothDigests() throws IOException {
        Path file = write("signed.json", ReviewDigest.sign(TestReviews.complete2005()));
        String stored = ReviewDigest.digest(TestReviews.complete2005());
        Files.writeString(file, Files.readString(file)
                .replace("Example Manufacturing Ltd", "Example Manufacturing plc"));

        CommandRun run = CommandRun.of("verify-digest", file.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).startsWith(file + ": the content differs from the signed digest:"
                + " expected " + stored + ", actual sha-256:");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void signatureWithoutDigest_exitsWithOne() throws IOException {
        Path file = write("no-digest.json", TestReviews.complete2005());

        CommandRun run = CommandRun.of("verify-digest", file.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("the signature stores no content digest");
    }

    @Test
    void unsignedReview_exitsWithOne() throws IOException {
        Path file = write("unsigned.json", TestReviews.heldWithoutRecord2005());

        CommandRun run = CommandRun.of("verify-digest", file.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("the review is not signed");
    }

    @Test
    void missingFile_exitsWithTwoAndOneLine() {
        Path missing = dir.resolve("missing.json");

        CommandRun run = CommandRun.of("verify-digest", missing.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.failedWithOneLine()).as(run.toString()).isTrue();
        assertThat(run.err()).isEqualTo("isms-review: cannot read " + missing + ": no such file\n");
    }

    @Test
    void malformedDigest_exitsWithTwoAndNamesTheExpectedShape() throws IOException {
        Path file = write("signed.json", ReviewDigest.sign(TestReviews.complete2005()));
        Files.writeString(file, Files.readString(file).replace("sha-256:", "sha-1:"));

        CommandRun run = CommandRun.of("verify-digest", file.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.failedWithOneLine()).as(run.toString()).isTrue();
        assertThat(run.err()).contains("contentDigest", "sha-256:");
    }

    @Test
    void withoutFile_exitsWithTwo() {
        CommandRun run = CommandRun.of("verify-digest");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.failedWithOneLine()).as(run.toString()).isTrue();
    }

    @Test
    void help_listsTheExitCodes() {
        CommandRun run = CommandRun.of("verify-digest", "--help");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: isms-review verify-digest", "FILE", "Exit codes:");
    }

    private Path write(String name, ReviewCycle review) throws IOException {
        Path file = dir.resolve(name);
        ReviewJson.create().write(review, file);
        return file;
    }
}
