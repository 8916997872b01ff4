/**
 * The management review as immutable value types.
 *
 * <p>A {@link io.github.ismsreview.model.ReviewCycle} is one round of the review for one ISMS.
 * Every type is built through a builder ({@code ReviewCycle.builder()}), is immutable and
 * thread-safe, and compares by value. Builders accept incomplete drafts: only values that make
 * an instance unusable (a null, an amount without a currency) are rejected when building, with
 * a message that names the attribute. What a real review lacks is reported by
 * {@link io.github.ismsreview.validation.ReviewValidator}, never thrown.
 */
@ReviewStyle
@NullMarked
package io.github.ismsreview.model;

import org.jspecify.annotations.NullMarked;
