package io.github.ismsreview.examples.cli;

import io.github.ismsreview.json.ReviewDigest;
import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.model.Protocol;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code sign-digest} command: reads one signed review, computes its content digest with
 * {@link ReviewDigest#sign(ReviewCycle)} and writes the review with the digest stored in
 * {@code protocol.signature.contentDigest}, replacing the file atomically.
 *
 * <p>The digest covers the signature's other fields, so the signature (signer, role, date and
 * moment) must be in the file before the digest is computed. A review without a signature is
 * refused with exit code 1, as {@code verify-digest} reports it with 1: the file was read, but
 * the review lacks what the command needs. Exit code 2 is kept for a file that cannot be read
 * or written and for an invalid option.
 */
@Command(
        name = "sign-digest",
        mixinStandardHelpOptions = true,
        versionProvider = IsmsReviewCommand.Version.class,
        description = {
            "Computes the content digest of a signed review and writes the review with the"
                    + " digest stored in protocol.signature.contentDigest.",
            "Set the signature (signedBy, role, signedOn, signedAt) first: the digest covers it."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the review was written with its digest",
            "1:the review has no signature to store a digest in; nothing was written",
            "2:the file cannot be read, parsed or written, or an option is invalid"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  isms-review sign-digest review.json",
            "  isms-review sign-digest draft.json --output signed.json"
        })
final class SignDigestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(
            paramLabel = "FILE",
            description = "The signed review as JSON (isms-review format version 1).")
    private Path file;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Where to write the review with its digest (default: FILE itself).")
    private @Nullable Path output;

    /**
     * Reads the review, stores its digest and writes it, printing {@code OUT: content digest
     * sha-256:...} on stdout.
     *
     * @throws UnreadableReviewException if the review cannot be read or parsed
     */
    @Override
    public Integer call() throws UnreadableReviewException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReviewSource source = new ReviewSource.OnDisk(file);
        ReviewJson json = ReviewJson.create();
        ReviewCycle review = source.read(json);
        if (review.protocol().flatMap(Protocol::signature).isEmpty()) {
            err.println(IsmsReviewCommand.PREFIX + "cannot store a content digest in "
                    + ValidationReport.printable(source.describe()) + ": review "
                    + ValidationReport.printable(review.id())
                    + " has no protocol.signature; add the signature first");
            err.flush();
            return IsmsReviewCommand.EXIT_ERRORS;
        }

        ReviewCycle signed = ReviewDigest.sign(review);
        Path target = output == null ? file : output;
        try {
            json.write(signed, target);
        } catch (IOException e) {
            err.println(IsmsReviewCommand.PREFIX + "cannot write "
                    + ValidationReport.printable(target.toString()) + ": " + reason(e));
            err.flush();
            return IsmsReviewCommand.EXIT_UNUSABLE;
        }

        String digest = signed.protocol().orElseThrow().signature().orElseThrow()
                .contentDigest().orElseThrow();
        out.println(ValidationReport.printable(target.toString()) + ": content digest " + digest);
        out.flush();
        return IsmsReviewCommand.EXIT_CLEAN;
    }

    /** Returns why writing failed, without the temporary file's path the exception may name. */
    private static String reason(IOException failure) {
        if (failure instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return IsmsReviewCommand.oneLine(failure);
    }
}
