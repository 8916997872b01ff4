package io.github.ismsreview.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator see the model's accessors, which have no {@code get} or {@code is}
 * prefix ({@code review.heldOn()}), as properties.
 *
 * <p>Without this strategy Hibernate Validator treats only JavaBeans getters as properties and
 * silently ignores every constraint declared on the model's accessors. Any method without
 * parameters that returns a value is a property here, named after the method, except the
 * methods every object has.
 *
 * <p>The validator installs it itself; it is public for programs that validate the model with a
 * Hibernate Validator factory of their own:
 *
 * <pre>{@code
 * ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
 *         .configure()
 *         .getterPropertySelectionStrategy(new AccessorPropertySelection())
 *         .buildValidatorFactory();
 * }</pre>
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class AccessorPropertySelection implements GetterPropertySelectionStrategy {

    private static final Set<String> NOT_PROPERTIES = Set.of(
            "hashCode", "toString", "getClass", "clone", "builder");

    /** Creates the strategy. */
    public AccessorPropertySelection() {
    }

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
