package io.github.ismsreview.examples.cli;

import io.github.ismsreview.json.ReviewFormatException;
import io.github.ismsreview.json.ReviewIterator;
import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.validation.HistoryReport;
import io.github.ismsreview.validation.ReviewHistory;
import io.github.ismsreview.validation.ReviewValidator;
import io.github.ismsreview.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code validate-history} command: reads the reviews of one ISMS (a folder of review files,
 * a JSON array or JSON Lines) and validates them as one history, with the next due date.
 */
@Command(
        name = "validate-history",
        mixinStandardHelpOptions = true,
        versionProvider = IsmsReviewCommand.Version.class,
        description = {
            "Validates the reviews of one ISMS as one history: each review, the order, the gaps"
                    + " between reviews, the follow-up of open actions, and the next due date.",
            "PATH is a folder of review files (*.json, taken in the order of their names), a"
                    + " JSON array of reviews (*.json) or JSON Lines (*.jsonl), in history"
                    + " order."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no review and nothing across reviews has an error",
            "1:there are errors",
            "2:a file cannot be read or parsed, or an option is invalid"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  isms-review validate-history reviews/",
            "  isms-review validate-history history.jsonl --as-of 2026-12-31"
        })
final class ValidateHistoryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "A folder, a JSON array or JSON Lines.")
    private Path path;

    @Mixin
    private ValidatorOptions validatorOptions = new ValidatorOptions();

    /**
     * Reads the history, validates it and prints the report, and returns
     * {@link IsmsReviewCommand#EXIT_CLEAN} or {@link IsmsReviewCommand#EXIT_ERRORS}.
     *
     * @throws UnreadableReviewException if a review cannot be read or parsed
     */
    @Override
    public Integer call() throws UnreadableReviewException {
        ReviewHistory history = ReviewHistory.of(read(ReviewJson.create()));
        ReviewValidator validator = validatorOptions.validator();

        HistoryReport report = validator.validateHistory(history);

        PrintWriter out = spec.commandLine().getOut();
        out.println("Path:    " + ValidationReport.printable(path.toString()));
        out.println("Checked: " + validatorOptions.describe(validator));
        out.println();
        report.printText(out);
        return report.hasErrors() ? IsmsReviewCommand.EXIT_ERRORS : IsmsReviewCommand.EXIT_CLEAN;
    }

    private List<ReviewCycle> read(ReviewJson json) throws UnreadableReviewException {
        if (Files.isDirectory(path)) {
            List<ReviewCycle> reviews = new ArrayList<>();
            for (Path file : filesOf(path)) {
                reviews.add(new ReviewSource.OnDisk(file).read(json));
            }
            return reviews;
        }
        String where = path.toString();
        if (!Files.isRegularFile(path)) {
            throw new UnreadableReviewException(where, Files.exists(path)
                    ? "it is not a regular file (a pipe or a device)"
                    : "no such file or folder");
        }
        try (InputStream in = Files.newInputStream(path);
                ReviewIterator reviews = where.endsWith(".jsonl")
                        ? json.readLines(in)
                        : json.readArray(in)) {
            List<ReviewCycle> all = new ArrayList<>();
            reviews.forEachRemaining(all::add);
            return all;
        } catch (IOException | UncheckedIOException | ReviewFormatException e) {
            throw new UnreadableReviewException(where, IsmsReviewCommand.oneLine(e));
        }
    }

    private static List<Path> filesOf(Path folder) throws UnreadableReviewException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.json")) {
            entries.forEach(files::add);
        } catch (IOException e) {
            throw new UnreadableReviewException(folder.toString(), IsmsReviewCommand.oneLine(e));
        }
        if (files.isEmpty()) {
            throw new UnreadableReviewException(folder.toString(),
                    "the folder holds no review files (*.json)");
        }
        files.sort(null);
        return files;
    }
}
