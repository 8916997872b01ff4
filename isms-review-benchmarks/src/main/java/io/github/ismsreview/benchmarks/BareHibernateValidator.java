package io.github.ismsreview.benchmarks;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Hibernate Validator configured as the library's structural check configures it, without the
 * library around it: accessors without {@code get} or {@code is} are properties, and messages
 * are interpolated without an expression language.
 *
 * <p>The library's own strategy is package-private, so its few lines are repeated here; a
 * benchmark of the baseline must see exactly the constraints the library sees, or it would
 * compare against a validator that checks nothing.
 */
final class BareHibernateValidator {

    private BareHibernateValidator() {
    }

    /** Returns a new validator factory; the caller closes it. */
    static ValidatorFactory newFactory() {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .getterPropertySelectionStrategy(new AccessorProperties())
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
    }

    /** Sees every method without parameters that returns a value as a property. */
    private static final class AccessorProperties implements GetterPropertySelectionStrategy {

        private static final Set<String> NOT_PROPERTIES = Set.of(
                "hashCode", "toString", "getClass", "clone", "builder");

        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
            if (executable.getParameterTypes().length != 0
                    || executable.getReturnType() == void.class
                    || NOT_PROPERTIES.contains(executable.getName())) {
                return Optional.empty();
            }
            return Optional.of(executable.getName());
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
            return List.of(propertyName);
        }
    }
}
