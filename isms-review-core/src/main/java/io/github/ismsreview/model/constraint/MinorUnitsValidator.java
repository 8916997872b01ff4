package io.github.ismsreview.model.constraint;

import io.github.ismsreview.model.Money;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link MinorUnits} on a {@link Money}. */
public final class MinorUnitsValidator implements ConstraintValidator<MinorUnits, Money> {

    private static final String NO_MINOR_UNIT =
            "{io.github.ismsreview.model.constraint.MinorUnits.noMinorUnit.message}";

    /** Creates the validator; Bean Validation does so. */
    public MinorUnitsValidator() {
    }

    @Override
    public boolean isValid(@Nullable Money money, ConstraintValidatorContext context) {
        if (money == null) {
            return true;
        }
        int digits = money.currency().getDefaultFractionDigits();
        if (digits >= 0 && money.amount().scale() <= digits) {
            return true;
        }
        HibernateConstraintValidatorContext hibernate =
                context.unwrap(HibernateConstraintValidatorContext.class);
        hibernate.addMessageParameter("currency", money.currency().getCurrencyCode())
                .addMessageParameter("digits", digits);
        if (digits < 0) {
            hibernate.disableDefaultConstraintViolation();
            hibernate.buildConstraintViolationWithTemplate(NO_MINOR_UNIT).addConstraintViolation();
        }
        return false;
    }
}
