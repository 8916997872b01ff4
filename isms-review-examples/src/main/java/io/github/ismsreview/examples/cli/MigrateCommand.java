package io.github.ismsreview.examples.cli;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.migration.MigrationNote;
import io.github.ismsreview.migration.MigrationResult;
import io.github.ismsreview.migration.ReviewMigration;
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
 * The {@code migrate} command: reads one ISO/IEC 27001:2005 or 2013 review, migrates it to the
 * ISO/IEC 27001:2022 structure with {@link ReviewMigration#toIso27001v2022(ReviewCycle)}, writes
 * the result atomically and prints the migration notes, one a line.
 *
 * <p>The source file is never changed unless {@code --output} names it. Without
 * {@code --output} the result goes next to FILE, named after it with
 * {@code -iso-iec-27001-2022} before {@code .json}. Exit code 1 means the review was written
 * but some notes report a loss, a gap or a change of meaning that a person should check; it is
 * not a failure, as 1 from {@code validate} is not. Exit code 2 means nothing was written.
 */
@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        versionProvider = IsmsReviewCommand.Version.class,
        description = {
            "Migrates an ISO/IEC 27001:2005 or 2013 review to the ISO/IEC 27001:2022 structure,"
                    + " writes it and prints what moved, merged, changed meaning or is missing.",
            "A 2022 review is written unchanged. The mapping is in docs/migration.md."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the review was written; every note is a plain carry-over or merge",
            "1:the review was written; some notes report a loss, a gap or a change of meaning"
                    + " to check",
            "2:nothing was written: the file cannot be read, parsed or written, its edition"
                    + " cannot be migrated, or an option is invalid"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  isms-review migrate review-2013.json",
            "  isms-review migrate review-2005.json --output review-2022.json"
        })
final class MigrateCommand implements Callable<Integer> {

    /** What the default output file name gets before {@code .json}. */
    static final String SUFFIX = "-" + Edition.ISO_IEC_27001_2022.key();

    @Spec
    private CommandSpec spec;

    @Parameters(
            paramLabel = "FILE",
            description = "The review as JSON (isms-review format version 1), of edition"
                    + " iso-iec-27001-2005, iso-iec-27001-2013 or iso-iec-27001-2022.")
    private Path file;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Where to write the migrated review (default: FILE with "
                    + "-iso-iec-27001-2022 before .json, next to it).")
    private @Nullable Path output;

    /**
     * Reads, migrates and writes the review, and prints a summary line and the notes.
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

        MigrationResult result;
        try {
            result = ReviewMigration.toIso27001v2022(review);
        } catch (IllegalArgumentException e) {
            err.println(IsmsReviewCommand.PREFIX + "cannot migrate "
                    + ValidationReport.printable(source.describe()) + ": "
                    + IsmsReviewCommand.oneLine(e));
            err.flush();
            return IsmsReviewCommand.EXIT_UNUSABLE;
        }

        Path target = output == null ? defaultOutput(file) : output;
        try {
            json.write(result.review(), target);
        } catch (IOException e) {
            err.println(IsmsReviewCommand.PREFIX + "cannot write "
                    + ValidationReport.printable(target.toString()) + ": " + reason(e));
            err.flush();
            return IsmsReviewCommand.EXIT_UNUSABLE;
        }

        long toCheck = result.notes().stream().filter(n -> n.kind().needsAttention()).count();
        out.println(ValidationReport.printable(source.describe()) + " ("
                + review.edition().title() + ") -> "
                + ValidationReport.printable(target.toString()) + " ("
                + result.review().edition().title() + "): " + result.notes().size()
                + " note(s), " + toCheck + " to check");
        for (MigrationNote note : result.notes()) {
            out.println(ValidationReport.printable(note.toString()));
        }
        out.flush();
        return result.needsAttention() ? IsmsReviewCommand.EXIT_ERRORS
                : IsmsReviewCommand.EXIT_CLEAN;
    }

    /** Returns FILE with {@link #SUFFIX} before its {@code .json}, or after its name if none. */
    static Path defaultOutput(Path file) {
        String name = file.getFileName().toString();
        String migrated = name.endsWith(".json")
                ? name.substring(0, name.length() - ".json".length()) + SUFFIX + ".json"
                : name + SUFFIX + ".json";
        return file.resolveSibling(migrated);
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
