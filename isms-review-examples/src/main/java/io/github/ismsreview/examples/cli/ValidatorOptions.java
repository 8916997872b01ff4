package io.github.ismsreview.examples.cli;

import io.github.ismsreview.validation.IntervalPolicy;
import io.github.ismsreview.validation.ReviewValidator;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options that set up the validator, shared by the commands that validate: the as-of date,
 * the time zone, the interval and the language of the messages.
 */
final class ValidatorOptions {

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

    @Option(
            names = "--lang",
            paramLabel = "en|de",
            converter = LanguageConverter.class,
            description = "The language of the findings' messages: en (default) or de.")
    private Locale locale = Locale.ENGLISH;

    /** Returns the validator these options describe. */
    ReviewValidator validator() {
        ReviewValidator.Builder builder = ReviewValidator.builder()
                .zone(zone)
                .intervalPolicy(intervalPolicy)
                .locale(locale);
        if (asOf != null) {
            builder.clock(Clock.fixed(asOf.atStartOfDay(zone).toInstant(), zone));
        }
        return builder.build();
    }

    /** Returns what the validator checks against, for the header of a report. */
    String describe(ReviewValidator validator) {
        return "as of " + validator.asOf() + " in " + zone + ", interval " + intervalPolicy;
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
    /** Reads {@code --lang}: {@code en} or {@code de}. */
    static final class LanguageConverter implements ITypeConverter<Locale> {

        @Override
        public Locale convert(String value) {
            return switch (value) {
                case "en" -> Locale.ENGLISH;
                case "de" -> Locale.GERMAN;
                default -> throw new TypeConversionException(
                        "expected en or de, found '" + value + "'");
            };
        }
    }
}
