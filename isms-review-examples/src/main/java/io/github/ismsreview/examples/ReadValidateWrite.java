package io.github.ismsreview.examples;

import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.validation.ReviewValidator;
import io.github.ismsreview.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a management review from JSON, validates it, prints the report and writes the review
 * back as JSON.
 *
 * <p>Arguments: the review file to read (default: the bundled real example
 * {@value #BUNDLED_EXAMPLE}) and the file to write (default: a new temporary file). Writing
 * what was read shows the normal form of the format: amounts without trailing zeros, empty lists
 * left out.
 */
public final class ReadValidateWrite {

    /** The class-path resource read when no file is given. */
    public static final String BUNDLED_EXAMPLE = "reviews/twyn-2026-06-02.json";

    private ReadValidateWrite() {
    }

    /**
     * Reads, validates, prints and writes the review.
     *
     * @param args the review file to read and the file to write, both optional
     * @throws IOException if a file cannot be read or written
     * @throws io.github.ismsreview.json.ReviewFormatException if the file is not a review in
     *     the JSON format; the message gives the JSON path, line and column
     */
    public static void main(String[] args) throws IOException {
        ReviewJson json = ReviewJson.create();
        ReviewCycle review = args.length > 0 ? json.read(Path.of(args[0])) : readBundled(json);

        ValidationReport report = ReviewValidator.standard().validate(review);
        System.out.print(report.toText());

        Path target = args.length > 1
                ? Path.of(args[1])
                : Files.createTempFile("isms-review-", ".json");
        json.write(review, target);
        boolean same = json.read(target).equals(review);
        System.out.println();
        System.out.println("Wrote review " + review.id() + " to " + target
                + (same ? "; it reads back equal." : "; it does NOT read back equal."));
    }

    private static ReviewCycle readBundled(ReviewJson json) throws IOException {
        try (InputStream in = ReadValidateWrite.class.getClassLoader()
                .getResourceAsStream(BUNDLED_EXAMPLE)) {
            if (in == null) {
                throw new IOException(
                        "the bundled example " + BUNDLED_EXAMPLE + " is not on the class path");
            }
            return json.read(in);
        }
    }
}
