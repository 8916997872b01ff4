package io.github.ismsreview.validation;

import io.github.ismsreview.model.ReviewCycle;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The structural constraints declared on the model with Bean Validation, checked by Hibernate
 * Validator and turned into findings of {@link ReviewRule#STRUCTURE_CONSTRAINT}.
 *
 * <p>The validator factory is built once per process, on first use. Messages are interpolated
 * without an expression language, so text taken from a review is never evaluated.
 */
final class StructureRules {

    private StructureRules() {
    }

    static void check(RuleContext context) {
        for (ConstraintViolation<ReviewCycle> violation
                : Engine.VALIDATOR.validate(context.review())) {
            String constraint = violation.getConstraintDescriptor().getAnnotation()
                    .annotationType().getSimpleName();
            String path = path(violation.getPropertyPath());
            context.report(ReviewRule.STRUCTURE_CONSTRAINT, path,
                    path + " " + violation.getMessage() + ", but is "
                            + quote(violation.getInvalidValue()),
                    "constraint", constraint,
                    "invalidValue", String.valueOf(violation.getInvalidValue()));
        }
    }

    /** Returns the path in the names of the JSON format, for example {@code inputs[2].summary}. */
    static String path(Path propertyPath) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.isInIterable() && node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(node.getName());
        }
        return path.length() == 0 ? "$" : path.toString();
    }

    private static String quote(Object value) {
        return value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
    }

    /** Holds the one Bean Validation engine of the process, built on first use. */
    private static final class Engine {

        static final Validator VALIDATOR = build();

        private static Validator build() {
            ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                    .configure()
                    .getterPropertySelectionStrategy(new AccessorPropertySelection())
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory();
            return factory.getValidator();
        }
    }
}
