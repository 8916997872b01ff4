package io.github.ismsreview.validation;

import io.github.ismsreview.model.ReviewCycle;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The structural constraints declared on the model with Bean Validation, checked by Hibernate
 * Validator and turned into findings of {@link ReviewRule#STRUCTURE_CONSTRAINT}.
 *
 * <p>The validator factory is built once per process, on first use, and one Bean Validation
 * validator per locale from it. Messages are interpolated without an expression language, so
 * text taken from a review is never evaluated, and always in the validator's locale, never in
 * the JVM's default one.
 */
final class StructureRules {

    private StructureRules() {
    }

    static void check(RuleContext context) {
        // A policy that switches the rule off would drop every finding: skip the costly walk.
        if (!context.applies(ReviewRule.STRUCTURE_CONSTRAINT)) {
            return;
        }
        for (ConstraintViolation<ReviewCycle> violation
                : Engine.validator(context.locale()).validate(context.review())) {
            String constraint = violation.getConstraintDescriptor().getAnnotation()
                    .annotationType().getSimpleName();
            String path = path(violation.getPropertyPath());
            context.report(ReviewRule.STRUCTURE_CONSTRAINT, path,
                    context.message("structure.constraint", "path", path,
                            "violation", violation.getMessage(),
                            "quotedValue", quote(violation.getInvalidValue())),
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

        static final MessageInterpolator INTERPOLATOR = new ParameterMessageInterpolator();

        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                .getterPropertySelectionStrategy(new AccessorPropertySelection())
                .messageInterpolator(INTERPOLATOR)
                .buildValidatorFactory();

        static final Map<Locale, Validator> BY_LOCALE = new ConcurrentHashMap<>();

        /** Returns the validator whose messages are in the locale, built on first use. */
        static Validator validator(Locale locale) {
            return BY_LOCALE.computeIfAbsent(locale, key -> FACTORY.usingContext()
                    .messageInterpolator(new FixedLocale(INTERPOLATOR, key))
                    .getValidator());
        }
    }

    /** Interpolates every message in one locale, whatever the JVM's default locale is. */
    private static final class FixedLocale implements MessageInterpolator {

        private final MessageInterpolator delegate;
        private final Locale locale;

        FixedLocale(MessageInterpolator delegate, Locale locale) {
            this.delegate = Objects.requireNonNull(delegate, "delegate");
            this.locale = Objects.requireNonNull(locale, "locale");
        }

        @Override
        public String interpolate(String messageTemplate, Context context) {
            return delegate.interpolate(messageTemplate, context, locale);
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale ignored) {
            return delegate.interpolate(messageTemplate, context, locale);
        }
    }
}
