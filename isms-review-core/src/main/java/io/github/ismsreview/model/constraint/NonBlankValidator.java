package io.github.ismsreview.model.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link NonBlank}: absent text is valid, blank text is not. */
public final class NonBlankValidator implements ConstraintValidator<NonBlank, CharSequence> {

    /** Creates the validator; Bean Validation does so. */
    public NonBlankValidator() {
    }

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        return value == null || !value.toString().isBlank();
    }
}
