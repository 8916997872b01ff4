package io.github.ismsreview.model.constraint;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The text, where present, holds at least one character that is not white space.
 *
 * <p>Unlike {@link jakarta.validation.constraints.NotBlank}, an absent value is valid: this is
 * the constraint for the text inside an {@code Optional}, where absence is allowed and is the
 * validator's business, but a blank string is never a meaningful value.
 */
@Documented
@Constraint(validatedBy = NonBlankValidator.class)
@Target({METHOD, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface NonBlank {

    /**
     * Returns the message of a violation: by default a key whose texts ship in the
     * {@code ContributorValidationMessages} bundle, in English and German.
     */
    String message() default "{io.github.ismsreview.model.constraint.NonBlank.message}";

    /** Returns the validation groups. */
    Class<?>[] groups() default {};

    /** Returns the payload. */
    Class<? extends Payload>[] payload() default {};
}
