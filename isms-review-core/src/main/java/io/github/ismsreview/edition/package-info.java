/**
 * The editions of the standards a management review can follow, with their input and output
 * categories as data.
 *
 * <p>An {@link io.github.ismsreview.edition.Edition} is a catalogue: it lists the categories of
 * information the review takes in and the categories of results it produces, each with a stable,
 * meaning-based key, the letter the standard gives it and a paraphrased title. Categories that
 * mean the same thing in two editions share a key.
 */
@NullMarked
package io.github.ismsreview.edition;

import org.jspecify.annotations.NullMarked;
