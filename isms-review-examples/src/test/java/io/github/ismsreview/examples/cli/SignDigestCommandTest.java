package io.github.ismsreview.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ismsreview.json.DigestCheck;
import io.github.ismsreview.json.ReviewDigest;
import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.model.ReviewCycle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignDigestCommandTest {

    private final ReviewJson json = ReviewJson.create();

    @TempDir
    Path dir;

    @Test
    void signedReview_isRewrittenInPlaceWithItsDigest() throws IOException {
        Path file = write("review.json", TestReviews.complete2005());
        String digest = ReviewDigest.digest(TestReviews.complete2005());

        CommandRun run = CommandRun.of("sign-digest", file.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo(file + ": content digest " + digest + "\n");
        assertThat(run.err()).isEmpty();
        assertThat(ReviewDigest.verify(json.read(file)).status())
                .isEqualTo(DigestCheck.Status.MATCHES);
        assertThat(Files.readString(file)).contains("\"contentDigest\": \"" + digest + "\"");
    }

    @Test
    void output_writesTheSignedReviewThereAndLeavesTheFileAlone() throws IOException {
        Path file = write("review.json", TestReviews.complete2005());
        String before = Files.readString(file);
        Path output = dir.resolve("signed.json");

        CommandRun run = CommandRun.of("sign-digest", file.toString(), "--output",
                output.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(CommandRun.of("verify-digest", output.toString()).code()).isZero();
    }

    @Test
    void unsignedReview_isRefusedWithOneAndNothingIsWritten() throws IOException {
        Path file = write("unsigned.json", TestReviews.heldWithoutRecord2005());
        String before = Files.readString(file);
        Path output = dir.resolve("signed.json");

        CommandRun run = CommandRun.of("sign-digest", file.toString(), "-o", output.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.failedWithOneLine()).as(run.toString()).isTrue();
        assertThat(run.err()).isEqualTo("isms-review: cannot store a content digest in " + file
                + ": review MR-2009-draft has no protocol.signature; add the signature first\n");
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(output).doesNotExist();
    }

    @Test
    void malformedFile_exitsWithTwo() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"formatVersion\": 1,");

        CommandRun run = CommandRun.of("sign-digest", file.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.failedWithOneLine()).as(run.toString()).isTrue();
        assertThat(run.err()).startsWith("isms-review: cannot read " + file + ": ");
    }

    @Test
    void outputInAMissingDirectory_exitsWithTwoAndOneLine() throws IOException {
        Path file = write("review.json", TestReviews.complete2005());
        Path output = dir.resolve("no-such-dir").resolve("signed.json");

        CommandRun run = CommandRun.of("sign-digest", file.toString(), "--output",
                output.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.failedWithOneLine()).as(run.toString()).isTrue();
        assertThat(run.err())
                .isEqualTo("isms-review: cannot write " + output + ": no such directory\n");
    }

    @Test
    void signingTwice_givesTheSameFile() throws IOException {
        Path file = write("review.json", TestReviews.complete2005());

        CommandRun.of("sign-digest", file.toString());
        String once = Files.readString(file);
        CommandRun run = CommandRun.of("sign-digest", file.toString());

        assertThat(run.code()).isZero();
        assertThat(Files.readString(file)).isEqualTo(once);
    }

    private Path write(String name, ReviewCycle review) throws IOException {
        Path file = dir.resolve(name);
        json.write(review, file);
        return file;
    }
}
