package io.github.ismsreview.examples.cli;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.validation.ValidationReport;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code isms-review} command line: the top command, whose subcommands do the work.
 *
 * <pre>{@code
 * isms-review validate review.json                 # report for a person, exit 0, 1 or 2
 * isms-review validate review.json --format json   # the report as JSON on stdout
 * isms-review validate --as-of 2026-06-30          # the bundled example, as of a fixed date
 * isms-review sign-digest review.json              # store the signed content's digest
 * isms-review verify-digest review.json            # exit 0 if the content still matches it
 * isms-review migrate review-2013.json             # write the review in the 2022 structure
 * }</pre>
 *
 * <p>Exit codes are {@value #EXIT_CLEAN} when the review has no errors (warnings allowed),
 * {@value #EXIT_ERRORS} when it has errors, and {@value #EXIT_UNUSABLE} when the file cannot be
 * read or parsed or an option is invalid. In the last case one line on stderr says why; the
 * command never prints a stack trace.
 */
@Command(
        name = "isms-review",
        mixinStandardHelpOptions = true,
        versionProvider = IsmsReviewCommand.Version.class,
        description = "Checks ISO/IEC 27001 management reviews kept as JSON.",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = "Run 'isms-review validate --help' for the options of validate.",
        subcommands = {ValidateCommand.class, ValidateHistoryCommand.class,
            CheckSchemaCommand.class, VerifyDigestCommand.class, SignDigestCommand.class,
            MigrateCommand.class, HelpCommand.class})
public final class IsmsReviewCommand implements Callable<Integer> {

    /** The exit code for a review without errors; it may have warnings. */
    public static final int EXIT_CLEAN = 0;

    /** The exit code for a review with at least one error. */
    public static final int EXIT_ERRORS = 1;

    /** The exit code for a file that cannot be read or parsed, or an invalid option. */
    public static final int EXIT_UNUSABLE = 2;

    /** The prefix of every line the command writes to stderr. */
    static final String PREFIX = "isms-review: ";

    private static final String JBOSS_LOGGING_PROVIDER = "org.jboss.logging.provider";

    private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

    @Spec
    private CommandSpec spec;

    private IsmsReviewCommand() {
    }

    /**
     * Runs the command line with the given arguments and exits the JVM with its exit code.
     *
     * @param args the arguments, for example {@code validate review.json --format json}
     */
    public static void main(String... args) {
        // The library logs through the SLF4J API only and the command ships no provider, so its
        // log is silent: SLF4J is told not to warn about the missing provider, and Hibernate
        // Validator's JBoss Logging is routed to SLF4J instead of printing an INFO banner.
        if (System.getProperty(JBOSS_LOGGING_PROVIDER) == null) {
            System.setProperty(JBOSS_LOGGING_PROVIDER, "slf4j");
        }
        if (System.getProperty(SLF4J_VERBOSITY) == null) {
            System.setProperty(SLF4J_VERBOSITY, "ERROR");
        }
        int exitCode;
        try {
            exitCode = run(System.out, System.err, args);
        } catch (OutOfMemoryError e) {
            // The reader's limits keep a file's findings small, but a history holds every
            // review and its report; should the heap run out, the user gets one line that says
            // how to give more, and the code for an unusable input.
            System.err.println(PREFIX + "out of memory; the input is too large or has too many"
                    + " reviews or elements for the heap (give Java more with -Xmx, for"
                    + " ./isms-review in ISMS_REVIEW_JAVA_OPTS, e.g."
                    + " ISMS_REVIEW_JAVA_OPTS=-Xmx4g)");
            exitCode = EXIT_UNUSABLE;
        }
        System.exit(exitCode);
    }

    /**
     * Runs the command line with the given arguments, writing UTF-8 text to {@code out} and
     * {@code err}, and returns the exit code instead of exiting.
     */
    static int run(PrintStream out, PrintStream err, String... args) {
        PrintWriter outWriter = utf8Writer(out);
        PrintWriter errWriter = utf8Writer(err);

        CommandLine commandLine = new CommandLine(new IsmsReviewCommand())
                .setOut(outWriter)
                .setErr(errWriter)
                .setParameterExceptionHandler(new OneLineParameterErrors())
                .setExecutionExceptionHandler(new OneLineExecutionErrors());
        try {
            return commandLine.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** Refuses to run without a subcommand; there is nothing to do at the top. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "a command is required: validate");
    }

    private static PrintWriter utf8Writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Returns the message of an exception as one line, or its type if it has none. */
    static String oneLine(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        return ValidationReport.printable(message.strip().replaceAll("\\s*\\R\\s*", " "));
    }

    /** Prints a bad option or argument as one line and returns {@value #EXIT_UNUSABLE}. */
    static final class OneLineParameterErrors implements IParameterExceptionHandler {

        @Override
        public int handleParseException(ParameterException failure, String[] args) {
            CommandLine commandLine = failure.getCommandLine();
            PrintWriter err = commandLine.getErr();
            err.println(PREFIX + oneLine(failure) + " (see '"
                    + commandLine.getCommandSpec().qualifiedName() + " --help')");
            err.flush();
            return EXIT_UNUSABLE;
        }
    }

    /**
     * Prints a failure of a command as one line and returns {@value #EXIT_UNUSABLE}: a review that
     * cannot be read with the reason, anything else with its type, since it is a defect.
     */
    static final class OneLineExecutionErrors implements IExecutionExceptionHandler {

        @Override
        public int handleExecutionException(Exception failure, CommandLine commandLine,
                ParseResult parseResult) {
            PrintWriter err = commandLine.getErr();
            if (failure instanceof UnreadableReviewException) {
                err.println(PREFIX + oneLine(failure));
            } else {
                err.println(PREFIX + "unexpected failure, please report it: "
                        + failure.getClass().getSimpleName() + ": " + oneLine(failure));
            }
            err.flush();
            return EXIT_UNUSABLE;
        }
    }

    /** Tells the version of the command, the JSON format it reads and the editions it knows. */
    static final class Version implements IVersionProvider {

        @Override
        public String[] getVersion() {
            String version = Optional
                    .ofNullable(IsmsReviewCommand.class.getPackage().getImplementationVersion())
                    .orElse("(development build)");
            return new String[] {
                "isms-review " + version,
                "review JSON format version " + ReviewJson.FORMAT_VERSION + "; editions "
                        + String.join(", ", Edition.knownKeys()),
            };
        }
    }
}
