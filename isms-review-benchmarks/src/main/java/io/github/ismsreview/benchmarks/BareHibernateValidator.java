package io.github.ismsreview.benchmarks;

import io.github.ismsreview.validation.AccessorPropertySelection;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Hibernate Validator configured as the library's structural check configures it, without the
 * library around it: accessors without {@code get} or {@code is} are properties, and messages
 * are interpolated without an expression language.
 *
 * <p>It uses the library's own {@link AccessorPropertySelection}: a benchmark of the baseline
 * must see exactly the constraints the library sees, or it would compare against a validator
 * that checks nothing.
 */
final class BareHibernateValidator {

    private BareHibernateValidator() {
    }

    /** Returns a new validator factory; the caller closes it. */
    static ValidatorFactory newFactory() {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .getterPropertySelectionStrategy(new AccessorPropertySelection())
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
    }
}
