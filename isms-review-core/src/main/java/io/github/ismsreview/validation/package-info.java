/**
 * Validation of management reviews against the standard and the implementation guide.
 *
 * <p>{@link io.github.ismsreview.validation.ReviewValidator} checks a
 * {@link io.github.ismsreview.model.ReviewCycle} and returns a
 * {@link io.github.ismsreview.validation.ValidationReport} of
 * {@link io.github.ismsreview.validation.Finding}s. Every rule it applies is listed in
 * {@link io.github.ismsreview.validation.ReviewRule}.
 */
@NullMarked
package io.github.ismsreview.validation;

import org.jspecify.annotations.NullMarked;
