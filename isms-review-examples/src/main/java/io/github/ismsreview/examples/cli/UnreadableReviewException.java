package io.github.ismsreview.examples.cli;

/**
 * Thrown when the review to validate cannot be read: the file is missing, is a directory, may
 * not be read, or its content is not a review in the JSON format.
 *
 * <p>The message is one line, naming the source and the reason, as in {@code cannot read
 * review.json: no such file}.
 */
final class UnreadableReviewException extends Exception {

    private static final long serialVersionUID = 1L;

    UnreadableReviewException(String source, String reason) {
        super("cannot read " + source + ": " + reason);
    }
}
