package io.github.ismsreview.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What one run of the command line printed and returned, for the tests of its commands. */
record CommandRun(int code, String out, String err) {

    /** Runs the command line in this JVM with the arguments and captures its output. */
    static CommandRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = IsmsReviewCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    /** Checks that the run printed nothing on stdout and one clean line on stderr. */
    boolean failedWithOneLine() {
        return out.isEmpty()
                && err.startsWith("isms-review: ") && err.endsWith("\n")
                && err.lines().count() == 1
                && !err.contains("Exception") && !err.contains("\tat ");
    }
}
