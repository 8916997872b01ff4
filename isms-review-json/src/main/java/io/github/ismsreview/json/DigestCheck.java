package io.github.ismsreview.json;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking a review against the content digest stored in its signature, as
 * {@link ReviewDigest#verify(io.github.ismsreview.model.ReviewCycle)} returns it.
 *
 * <pre>{@code
 * DigestCheck check = ReviewDigest.verify(review);
 * check.status();     // MATCHES
 * check.expected();   // Optional[sha-256:9f86...] as stored in the signature
 * check.actual();     // sha-256:9f86... as computed from the review now
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param status what the check found
 * @param expected the digest stored in {@code protocol.signature.contentDigest}, if there is one
 * @param actual the digest of the review's content as it is now, computed by
 *     {@link ReviewDigest#digest(io.github.ismsreview.model.ReviewCycle)}
 */
public record DigestCheck(Status status, Optional<String> expected, String actual) {

    /**
     * Checks that the parts agree: a digest is expected exactly when the status is
     * {@link Status#MATCHES} or {@link Status#DIFFERS}, and it equals the actual one exactly when
     * the status is {@link Status#MATCHES}.
     *
     * @throws IllegalArgumentException if they disagree; the message carries both digests
     */
    public DigestCheck {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        boolean compared = status == Status.MATCHES || status == Status.DIFFERS;
        if (compared != expected.isPresent()
                || (compared && expected.get().equals(actual) != (status == Status.MATCHES))) {
            throw new IllegalArgumentException("status " + status + " does not fit expected "
                    + expected.orElse("(none)") + " and actual " + actual);
        }
    }

    /** Checks whether a digest is stored and equals the digest of the content as it is now. */
    public boolean matches() {
        return status == Status.MATCHES;
    }

    /**
     * Returns the outcome as one sentence for a person, such as {@code the content differs from
     * the signed digest: expected sha-256:..., actual sha-256:...}.
     */
    public String describe() {
        return switch (status) {
            case NOT_SIGNED -> "the review is not signed, so there is no digest to check;"
                    + " its content digest is " + actual;
            case NO_DIGEST -> "the signature stores no content digest; the content digest is "
                    + actual;
            case MATCHES -> "the content matches the signed digest " + actual;
            case DIFFERS -> "the content differs from the signed digest: expected "
                    + expected.orElseThrow() + ", actual " + actual;
        };
    }

    /** What a check of the content digest found. */
    public enum Status {

        /** The review has no {@code protocol.signature}, so nothing was signed. */
        NOT_SIGNED,

        /** The review is signed, but the signature stores no {@code contentDigest}. */
        NO_DIGEST,

        /** The stored digest equals the digest of the content as it is now. */
        MATCHES,

        /** The stored digest differs: the signed content, or the digest, has changed since. */
        DIFFERS
    }
}
