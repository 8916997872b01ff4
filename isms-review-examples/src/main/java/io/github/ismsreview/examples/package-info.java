/**
 * Runnable examples of the isms-review library: building a review in code, reading one from
 * JSON, validating it and writing it back.
 *
 * <p>{@link io.github.ismsreview.examples.QuickStart} holds the code sample of the README;
 * {@link io.github.ismsreview.examples.BuildAndValidate} and
 * {@link io.github.ismsreview.examples.ReadValidateWrite} are longer walk-throughs with a
 * {@code main} method each. The command line lives in
 * {@link io.github.ismsreview.examples.cli}.
 */
@NullMarked
package io.github.ismsreview.examples;

import org.jspecify.annotations.NullMarked;
