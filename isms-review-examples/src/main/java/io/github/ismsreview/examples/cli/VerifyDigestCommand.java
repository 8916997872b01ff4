package io.github.ismsreview.examples.cli;

import io.github.ismsreview.json.DigestCheck;
import io.github.ismsreview.json.ReviewDigest;
import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.validation.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code verify-digest} command: reads one review and checks the content digest stored in
 * its signature against the review's content, as {@link ReviewDigest#verify(ReviewCycle)} does.
 * It prints one line on stdout and exits with 0 when the digest matches, 1 when it differs or
 * there is none to check, and 2 when the file cannot be read.
 */
@Command(
        name = "verify-digest",
        mixinStandardHelpOptions = true,
        versionProvider = IsmsReviewCommand.Version.class,
        description = "Checks that the signed content of a review still matches the content"
                + " digest stored in protocol.signature.contentDigest.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the content matches the stored digest",
            "1:the content differs, or the review is unsigned or its signature has no digest",
            "2:the file cannot be read or parsed, or an option is invalid"
        },
        footerHeading = "%nExample:%n",
        footer = "  isms-review verify-digest review.json")
final class VerifyDigestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(
            paramLabel = "FILE",
            description = "The signed review as JSON (isms-review format version 1).")
    private Path file;

    /**
     * Reads the review, checks its digest and prints the outcome as {@code FILE: outcome}.
     *
     * @throws UnreadableReviewException if the review cannot be read or parsed
     */
    @Override
    public Integer call() throws UnreadableReviewException {
        ReviewSource source = new ReviewSource.OnDisk(file);
        ReviewCycle review = source.read(ReviewJson.create());

        DigestCheck check = ReviewDigest.verify(review);

        PrintWriter out = spec.commandLine().getOut();
        out.println(ValidationReport.printable(source.describe()) + ": " + check.describe());
        out.flush();
        return check.matches() ? IsmsReviewCommand.EXIT_CLEAN : IsmsReviewCommand.EXIT_ERRORS;
    }
}
