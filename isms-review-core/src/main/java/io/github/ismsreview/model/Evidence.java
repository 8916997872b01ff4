package io.github.ismsreview.model;

import io.github.ismsreview.model.constraint.NonBlank;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A report that management can read behind an input: an audit report, a measurement, a risk
 * register.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public interface Evidence {

    /** Returns the title of the report, for example {@code Internal audit report IA-001}. */
    @NotBlank
    String title();

    /** Returns where the report can be found: a document id, a path or an address. */
    Optional<@NonBlank String> reference();

    /** Returns evidence with a title and no reference. */
    static Evidence of(String title) {
        return ImmutableEvidence.builder().title(title).build();
    }

    /** Returns evidence with a title and a reference. */
    static Evidence of(String title, String reference) {
        return ImmutableEvidence.builder().title(title).reference(reference).build();
    }
}
