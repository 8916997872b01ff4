/**
 * The {@code isms-review} command line.
 *
 * <p>{@link io.github.ismsreview.examples.cli.IsmsReviewCommand} is the entry point; its
 * {@code validate} subcommand reads a review from JSON, validates it and prints the report for
 * a person or as JSON. Exit codes: 0 when the review has no errors, 1 when it has errors, 2 when
 * the file cannot be read or an option is invalid.
 */
@NullMarked
package io.github.ismsreview.examples.cli;

import org.jspecify.annotations.NullMarked;
