package io.github.ismsreview.model;

import io.github.ismsreview.model.constraint.NonBlank;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The signature on the protocol: who signed, in which role, and when.
 *
 * <p>The date is required; many records give a date and nothing finer. Where the exact moment is
 * known it is kept as an {@link OffsetDateTime} with the offset as given.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public interface Signature {

    /** Returns the name of the person who signed, as listed among the participants. */
    @NotBlank
    String signedBy();

    /** Returns the role in which the person signed. */
    ParticipantRole role();

    /** Returns the date of the signature. */
    LocalDate signedOn();

    /** Returns the exact moment of the signature with its offset, if recorded. */
    Optional<OffsetDateTime> signedAt();

    /**
     * Returns the digest of the review's content that the signer signed, as
     * {@code sha-256:} followed by 64 lower-case hexadecimal digits, if one was stored; it lets
     * a later reader check that the signed content has not changed.
     */
    Optional<@NonBlank String> contentDigest();

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Returns a signature by a person in a role on a date. */
    static Signature of(String signedBy, ParticipantRole role, LocalDate signedOn) {
        return builder().signedBy(signedBy).role(role).signedOn(signedOn).build();
    }

    /** Builds a {@link Signature}; {@code signedBy}, {@code role}, {@code signedOn} required. */
    final class Builder extends ImmutableSignature.Builder {
    }
}
