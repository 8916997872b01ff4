/**
 * The isms-review JSON format, version 1: reading and writing management reviews with Jackson.
 *
 * <p>{@link io.github.ismsreview.json.ReviewJson} is the entry point; it reads strictly and
 * reports every problem as a {@link io.github.ismsreview.json.ReviewFormatException} with the
 * JSON path and position. {@link io.github.ismsreview.json.IsmsReviewModule} plugs the same
 * reading and writing into an {@code ObjectMapper} of the user's own.
 */
@NullMarked
package io.github.ismsreview.json;

import org.jspecify.annotations.NullMarked;
