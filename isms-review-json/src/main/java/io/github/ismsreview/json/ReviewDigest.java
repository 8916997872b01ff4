package io.github.ismsreview.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ismsreview.model.Protocol;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.Signature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes, stores and checks the content digest of a signed review: a SHA-256 hash of the
 * review's canonical form, kept in {@code protocol.signature.contentDigest}, so that a later
 * reader can tell whether the signed content has changed.
 *
 * <pre>{@code
 * ReviewCycle signed = ReviewDigest.sign(review);   // review has protocol.signature set
 * signed.protocol().get().signature().get().contentDigest();   // Optional[sha-256:...]
 * ReviewDigest.verify(signed).status();             // MATCHES
 * ReviewCycle changed = ReviewCycle.builder().from(signed).organization("Other Ltd").build();
 * ReviewDigest.verify(changed).status();            // DIFFERS
 * }</pre>
 *
 * <p>The canonical form is the review as {@link ReviewJson} writes it, in the JSON
 * Canonicalization Scheme of RFC 8785: no whitespace, the properties of every object sorted by
 * their names, strings escaped only where RFC 8785 requires it, UTF-8. It covers the whole
 * review except {@code protocol.signature.contentDigest} itself, so the signer, the role and the
 * date of the signature are protected too. The digest is {@code sha-256:} followed by 64
 * lower-case hexadecimal digits. {@code docs/format.md}, section "Canonical form and content
 * digest", defines both precisely enough for another implementation to reproduce them byte for
 * byte.
 *
 * <p>Signing in this order keeps the digest valid: set {@code signedBy}, {@code role},
 * {@code signedOn} and {@code signedAt}, then call {@link #sign(ReviewCycle)}. Any later change to
 * the review, the signature's fields included, makes {@link #verify(ReviewCycle)} report
 * {@link DigestCheck.Status#DIFFERS}.
 *
 * <p>The digest is evidence of change, not of authorship: whoever can change the file can also
 * compute and store a new digest. It protects the content only where the digest is also kept
 * somewhere the changer cannot reach, such as a signed PDF of the minutes or a register.
 *
 * <p>The class is stateless and thread-safe.
 */
public final class ReviewDigest {

    /** The prefix of every content digest: the name of the hash function and a colon. */
    public static final String PREFIX = "sha-256:";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new IsmsReviewModule())
            .build();

    private static final JsonFactory FACTORY = new JsonFactory();

    private static final HexFormat HEX = HexFormat.of();

    /** The largest integer RFC 8785 writes exactly, 2^53 - 1, as an IEEE 754 double holds it. */
    private static final long MAX_EXACT_INTEGER = (1L << 53) - 1;

    private ReviewDigest() {
    }

    /**
     * Returns the canonical form of the review's content: the JSON {@link ReviewJson} writes,
     * without {@code protocol.signature.contentDigest}, in the form of RFC 8785. The digest is
     * the SHA-256 hash of its UTF-8 bytes.
     *
     * <pre>{@code
     * ReviewDigest.canonicalForm(ReviewCycle.builder()
     *         .id("MR-1").edition(Edition.ISO_IEC_27001_2022).build());
     * // {"edition":"iso-iec-27001-2022","formatVersion":1,"id":"MR-1","stage":"planned"}
     * }</pre>
     */
    public static String canonicalForm(ReviewCycle review) {
        Objects.requireNonNull(review, "review");
        JsonNode tree = MAPPER.valueToTree(withDigest(review, Optional.empty()));
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            writeCanonical(out, tree, "$");
        } catch (IOException e) {
            // A StringWriter has no I/O to fail; kept for the checked signature of Jackson.
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Returns the content digest of the review: {@code sha-256:} followed by the 64 lower-case
     * hexadecimal digits of the SHA-256 hash of the UTF-8 bytes of its
     * {@linkplain #canonicalForm(ReviewCycle) canonical form}. A stored digest does not change
     * the result, so the digest of a signed review is the one {@link #sign(ReviewCycle)}
     * stores.
     */
    public static String digest(ReviewCycle review) {
        byte[] canonical = canonicalForm(review).getBytes(StandardCharsets.UTF_8);
        return PREFIX + HEX.formatHex(sha256().digest(canonical));
    }

    /**
     * Returns the review with its {@linkplain #digest(ReviewCycle) content digest} stored in
     * {@code protocol.signature.contentDigest}, replacing any digest stored before.
     *
     * <p>The digest covers the signature's other fields, so set them first.
     *
     * <pre>{@code
     * ReviewCycle signed = ReviewDigest.sign(review);
     * ReviewDigest.verify(signed).matches();   // true
     * }</pre>
     *
     * @throws IllegalStateException if the review has no protocol or its protocol no signature;
     *     the message names the review
     */
    public static ReviewCycle sign(ReviewCycle review) {
        Objects.requireNonNull(review, "review");
        if (signatureOf(review).isEmpty()) {
            throw new IllegalStateException("review " + review.id() + " has no "
                    + (review.protocol().isEmpty() ? "protocol" : "protocol.signature")
                    + " to store a content digest in; set the signature (signedBy, role,"
                    + " signedOn and signedAt if known) first");
        }
        return withDigest(review, Optional.of(digest(review)));
    }

    /**
     * Checks the digest stored in the review's signature against the digest of its content as
     * it is now.
     *
     * <pre>{@code
     * DigestCheck check = ReviewDigest.verify(review);
     * if (check.status() == DigestCheck.Status.DIFFERS) {
     *     System.out.println(check.describe());
     * }
     * }</pre>
     *
     * @return {@link DigestCheck.Status#NOT_SIGNED} for a review without a signature,
     *     {@link DigestCheck.Status#NO_DIGEST} for a signature without a digest, otherwise
     *     {@link DigestCheck.Status#MATCHES} or {@link DigestCheck.Status#DIFFERS} with the
     *     stored and the computed digest
     */
    public static DigestCheck verify(ReviewCycle review) {
        Objects.requireNonNull(review, "review");
        String actual = digest(review);
        Optional<Signature> signature = signatureOf(review);
        if (signature.isEmpty()) {
            return new DigestCheck(DigestCheck.Status.NOT_SIGNED, Optional.empty(), actual);
        }
        Optional<String> expected = signature.get().contentDigest();
        if (expected.isEmpty()) {
            return new DigestCheck(DigestCheck.Status.NO_DIGEST, Optional.empty(), actual);
        }
        DigestCheck.Status status = expected.get().equals(actual)
                ? DigestCheck.Status.MATCHES
                : DigestCheck.Status.DIFFERS;
        return new DigestCheck(status, expected, actual);
    }

    private static Optional<Signature> signatureOf(ReviewCycle review) {
        return review.protocol().flatMap(Protocol::signature);
    }

    /** Returns the review with the digest of its signature replaced; unsigned ones unchanged. */
    private static ReviewCycle withDigest(ReviewCycle review, Optional<String> digest) {
        Optional<Signature> signature = signatureOf(review);
        if (signature.isEmpty() || signature.get().contentDigest().equals(digest)) {
            return review;
        }
        Signature replaced = Signature.builder().from(signature.get())
                .contentDigest(digest)
                .build();
        Protocol protocol = Protocol.builder().from(review.protocol().orElseThrow())
                .signature(replaced)
                .build();
        return ReviewCycle.builder().from(review).protocol(protocol).build();
    }

    /**
     * Writes a value of the tree in the form of RFC 8785; the path names the value in a message
     * should the writer of the format ever produce a kind of value RFC 8785 is not used for here.
     */
    private static void writeCanonical(JsonGenerator out, JsonNode node, String path)
            throws IOException {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            // String.compareTo orders by UTF-16 code units, which is the order of RFC 8785.
            names.sort(null);
            out.writeStartObject();
            for (String name : names) {
                out.writeFieldName(name);
                writeCanonical(out, node.get(name), path + "." + name);
            }
            out.writeEndObject();
        } else if (node.isArray()) {
            out.writeStartArray();
            Iterator<JsonNode> elements = node.elements();
            for (int i = 0; elements.hasNext(); i++) {
                writeCanonical(out, elements.next(), path + "[" + i + "]");
            }
            out.writeEndArray();
        } else if (node.isTextual()) {
            out.writeRawValue(quote(node.textValue()));
        } else if (node.isBoolean()) {
            out.writeBoolean(node.booleanValue());
        } else if (node.isIntegralNumber() && node.canConvertToLong()
                && Math.abs(node.longValue()) <= MAX_EXACT_INTEGER) {
            out.writeNumber(node.longValue());
        } else {
            throw new IllegalStateException("the canonical form has no rule for the "
                    + node.getNodeType() + " value " + node + " at " + path
                    + "; it covers strings, booleans, objects, arrays and integers up to 2^53-1");
        }
    }

    /**
     * Returns the string in quotes, escaped as RFC 8785 (section 3.2.2.2) requires: quote and
     * backslash with a backslash, the five control characters that have one as {@code \b},
     * {@code \t}, {@code \n}, {@code \f}, {@code \r}, the other control characters below U+0020
     * as {@code \}{@code u00xx} in lower case, and nothing else. RFC 8785 does not cover an
     * unpaired surrogate; it is written as {@code \}{@code udxxx} in lower case, so that every
     * text has exactly one canonical form and the UTF-8 encoding is well-formed.
     */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2);
        quoted.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\b' -> quoted.append("\\b");
                case '\t' -> quoted.append("\\t");
                case '\n' -> quoted.append("\\n");
                case '\f' -> quoted.append("\\f");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (c < 0x20 || isUnpairedSurrogate(text, i)) {
                        quoted.append("\\u").append(HEX.toHexDigits(c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static boolean isUnpairedSurrogate(String text, int index) {
        char c = text.charAt(index);
        if (Character.isHighSurrogate(c)) {
            return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
        }
        return false;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (see the MessageDigest documentation).
            throw new IllegalStateException("the platform provides no SHA-256", e);
        }
    }
}
