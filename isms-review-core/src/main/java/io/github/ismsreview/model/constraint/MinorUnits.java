package io.github.ismsreview.model.constraint;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The amount of money has no more fraction digits than its ISO 4217 currency has minor units
 * (two for EUR, none for JPY, three for BHD), and the currency is one that has minor units at
 * all: codes without them (gold XAU, the test code XTS, "no currency" XXX) are no currency for a
 * budget.
 */
@Documented
@Constraint(validatedBy = MinorUnitsValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface MinorUnits {

    /** Returns the message of a violation. */
    String message() default "{io.github.ismsreview.model.constraint.MinorUnits.message}";

    /** Returns the validation groups. */
    Class<?>[] groups() default {};

    /** Returns the payload. */
    Class<? extends Payload>[] payload() default {};
}
