/**
 * The {@code isms-review} command line.
 *
 * <p>{@link io.github.ismsreview.examples.cli.IsmsReviewCommand} is the entry point; its
 * {@code validate} subcommand reads a review from JSON, validates it and prints the report for
 * a person or as JSON. Exit codes: 0 when the review has no errors, 1 when it has errors, 2 when
 * the file cannot be read or an option is invalid. {@code sign-digest} stores the content digest
 * of a signed review in its signature and {@code verify-digest} checks it: 0 when it matches, 1
 * when it differs or is missing, 2 when the file cannot be read.
 */
@NullMarked
package io.github.ismsreview.examples.cli;

import org.jspecify.annotations.NullMarked;
