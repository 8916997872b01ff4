/**
 * Bean Validation constraints of the model that the standard constraints do not offer.
 */
@NullMarked
package io.github.ismsreview.model.constraint;

import org.jspecify.annotations.NullMarked;
