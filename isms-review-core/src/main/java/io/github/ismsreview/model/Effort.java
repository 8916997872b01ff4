package io.github.ismsreview.model;

import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
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

    /** Returns the effort. */
    static Effort of(BigDecimal quantity, EffortUnit unit) {
        return ImmutableEffort.builder().quantity(quantity).unit(unit).build();
    }
}
