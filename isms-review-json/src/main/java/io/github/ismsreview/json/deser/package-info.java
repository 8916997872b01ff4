/**
 * The Jackson deserializer of the isms-review JSON format; it reads with the streaming
 * {@link com.fasterxml.jackson.core.JsonParser}, strictly, and reports every problem as a
 * {@link io.github.ismsreview.json.ReviewFormatException}. It is registered by
 * {@link io.github.ismsreview.json.IsmsReviewModule}.
 */
@NullMarked
package io.github.ismsreview.json.deser;

import org.jspecify.annotations.NullMarked;
