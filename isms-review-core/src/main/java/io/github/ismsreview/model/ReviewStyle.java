package io.github.ismsreview.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of this library, applied to the model package.
 *
 * <p>Generated implementations are package-private and hidden behind the abstract types: users
 * write {@code ReviewCycle.builder()} and see {@code ReviewCycle}, never the generated class.
 * Collection attributes get singular adders ({@code addInput}, {@code addDecision}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        depluralize = true,
        depluralizeDictionary = {"evidence:evidence"},
        allParameters = false,
        defaults = @Value.Immutable(copy = true))
public @interface ReviewStyle {
}
