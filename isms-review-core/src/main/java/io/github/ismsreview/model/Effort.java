package io.github.ismsreview.model;

import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * An amount of people's work, such as {@code 20 person-days} or {@code 1 full-time equivalent}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public interface Effort {

    /** Returns how much work, in {@link #unit()}s; must be positive. */
    @Positive
    BigDecimal quantity();

    /** Returns the unit of {@link #quantity()}. */
    EffortUnit unit();

    /**
     * Returns the effort; a quantity with a scale below zero, such as {@code 1E+3}, is kept with
     * scale zero ({@code 1000}), so that every effort has a plain decimal form.
     *
     * @throws NullPointerException if either argument is null
     */
    static Effort of(BigDecimal quantity, EffortUnit unit) {
        return ImmutableEffort.builder().quantity(plain(quantity)).unit(unit).build();
    }

    private static BigDecimal plain(BigDecimal quantity) {
        Objects.requireNonNull(quantity, "quantity");
        return quantity.scale() < 0 ? quantity.setScale(0) : quantity;
    }
}
