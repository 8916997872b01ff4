package io.github.ismsreview.examples.cli;

import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.validation.IntervalPolicy;
import io.github.ismsreview.validation.ReviewValidator;
import io.github.ismsreview.validation.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
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

    @Option(
            names = "--as-of",
            paramLabel = "YYYY-MM-DD",
            converter = DateConverter.class,
            description = "Validates as if today were this date, from the start of the day in"
                    + " the zone (default: today).")
    private @Nullable LocalDate asOf;

    @Option(
            names = "--zone",
            paramLabel = "ZONE",
            converter = ZoneConverter.class,
            description = "The organization's time zone, such as Europe/Berlin or +02:00"
                    + " (default: UTC).")
    private ZoneId zone = ZoneId.of("UTC");

    @Option(
            names = "--interval-months",
            paramLabel = "N",
            converter = IntervalConverter.class,
            description = "The planned interval between two reviews in calendar months, 1 to"
                    + " 120 (default: 12).")
    private IntervalPolicy intervalPolicy = IntervalPolicy.standard();

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
        ReviewValidator validator = validator();
        ValidationReport report = validator.validate(review);

        if (format == Format.JSON) {
            String text = json.writeReport(report);
            out.print(text.endsWith("\n") ? text : text + "\n");
        } else {
            out.println("File:    " + ValidationReport.printable(source.describe()));
            out.println("Review:  " + ValidationReport.printable(review.id()) + ", "
                    + review.edition().title() + ", stage " + keyOf(review.stage()));
            out.println("Checked: as of " + validator.asOf() + " in " + zone
                    + ", interval " + intervalPolicy);
            out.println();
            out.print(report.toText());
        }
        out.flush();
        return report.hasErrors() ? IsmsReviewCommand.EXIT_ERRORS : IsmsReviewCommand.EXIT_CLEAN;
    }

    private ReviewValidator validator() {
        ReviewValidator.Builder builder = ReviewValidator.builder()
                .zone(zone)
                .intervalPolicy(intervalPolicy);
        if (asOf != null) {
            builder.clock(Clock.fixed(asOf.atStartOfDay(zone).toInstant(), zone));
        }
        return builder.build();
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

    /** Reads {@code --as-of}: an ISO-8601 calendar date. */
    static final class DateConverter implements ITypeConverter<LocalDate> {

        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(
                        "expected a date as YYYY-MM-DD, found '" + value + "'");
            }
        }
    }

    /** Reads {@code --zone}: a region id or an offset. */
    static final class ZoneConverter implements ITypeConverter<ZoneId> {

        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw new TypeConversionException("expected a time zone such as Europe/Berlin,"
                        + " UTC or +02:00, found '" + value + "'");
            }
        }
    }

    /** Reads {@code --interval-months}: a whole number of months from 1 to 120. */
    static final class IntervalConverter implements ITypeConverter<IntervalPolicy> {

        @Override
        public IntervalPolicy convert(String value) {
            int months;
            try {
                months = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new TypeConversionException(
                        "expected a whole number of months from 1 to 120, found '" + value + "'");
            }
            try {
                return IntervalPolicy.ofMonths(months);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
