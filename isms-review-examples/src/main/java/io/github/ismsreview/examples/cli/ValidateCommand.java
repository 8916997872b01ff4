package io.github.ismsreview.examples.cli;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.validation.ReviewValidator;
import io.github.ismsreview.validation.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code validate} command: reads one review from JSON, validates it and prints the report,
 * for a person or as JSON.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = IsmsReviewCommand.Version.class,
        description = {
            "Validates a management review kept as JSON and prints what the validator finds.",
            "Without FILE it validates the bundled example " + ValidateCommand.BUNDLED_EXAMPLE
                    + "."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the review has no errors (it may have warnings)",
            "1:the review has errors",
            "2:the file cannot be read or parsed, or an option is invalid"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  isms-review validate review.json",
            "  isms-review validate review.json --format json > report.json",
            "  isms-review validate review.json --as-of 2026-06-30 --zone Europe/Berlin"
        })
final class ValidateCommand implements Callable<Integer> {

    /** The class-path resource validated when no file is given: a real, anonymized review. */
    static final String BUNDLED_EXAMPLE = "reviews/twyn-2026-06-02.json";

    @Spec
    private CommandSpec spec;

    @Parameters(
            arity = "0..1",
            paramLabel = "FILE",
            description = "The review as JSON (isms-review format version 1).")
    private @Nullable Path file;

    @Option(
            names = "--format",
            paramLabel = "text|json",
            converter = FormatConverter.class,
            description = "text: the report for a person (default); json: the report as JSON.")
    private Format format = Format.TEXT;

    @Mixin
    private ValidatorOptions validatorOptions = new ValidatorOptions();

    /**
     * Reads, validates and prints the review, and returns {@link IsmsReviewCommand#EXIT_CLEAN}
     * or {@link IsmsReviewCommand#EXIT_ERRORS}.
     *
     * @throws UnreadableReviewException if the review cannot be read or parsed
     */
    @Override
    public Integer call() throws UnreadableReviewException {
        PrintWriter out = spec.commandLine().getOut();
        ReviewSource source = file == null
                ? new ReviewSource.Bundled(BUNDLED_EXAMPLE)
                : new ReviewSource.OnDisk(file);
        if (file == null && format == Format.JSON) {
            // stdout carries only the JSON report, so the choice of file is told on stderr
            spec.commandLine().getErr().println(IsmsReviewCommand.PREFIX
                    + "no FILE given; validating "
                    + ValidationReport.printable(source.describe()));
        }

        ReviewJson json = ReviewJson.create();
        ReviewCycle review = source.read(json);
        ReviewValidator validator = validatorOptions.validator();
        ValidationReport report = validator.validate(review);

        if (format == Format.JSON) {
            String text = json.writeReport(report);
            out.print(text.endsWith("\n") ? text : text + "\n");
        } else {
            out.println("File:    " + ValidationReport.printable(source.describe()));
            out.println("Review:  " + ValidationReport.printable(review.id()) + ", "
                    + String.join(" + ", review.editions().stream().map(Edition::title).toList())
                    + ", stage " + keyOf(review.stage()));
            out.println("Checked: " + validatorOptions.describe(validator));
            out.println();
            out.print(report.toText());
        }
        out.flush();
        return report.hasErrors() ? IsmsReviewCommand.EXIT_ERRORS : IsmsReviewCommand.EXIT_CLEAN;
    }

    /** Returns the constant as the JSON format writes it: lower case, words joined by hyphens. */
    private static String keyOf(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How the report is printed. */
    enum Format {

        /** The report for a person to read. */
        TEXT,

        /** The report as JSON, for a program. */
        JSON
    }

    /** Reads {@code --format}: {@code text} or {@code json}. */
    static final class FormatConverter implements ITypeConverter<Format> {

        @Override
        public Format convert(String value) {
            return switch (value) {
                case "text" -> Format.TEXT;
                case "json" -> Format.JSON;
                default -> throw new TypeConversionException(
                        "expected text or json, found '" + value + "'");
            };
        }
    }
}
