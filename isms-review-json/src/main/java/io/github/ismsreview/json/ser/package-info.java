/**
 * The Jackson serializers of the isms-review JSON format; they write with the streaming
 * {@link com.fasterxml.jackson.core.JsonGenerator} and are registered by
 * {@link io.github.ismsreview.json.IsmsReviewModule}.
 */
@NullMarked
package io.github.ismsreview.json.ser;

import org.jspecify.annotations.NullMarked;
