package io.github.ismsreview.json;

import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ismsreview.model.Decision;
import io.github.ismsreview.model.Protocol;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.Signature;
import io.github.ismsreview.testing.ReviewGens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ReviewDigestProperties {

    private static final int CHANGES = 10;

    private final ReviewJson json = ReviewJson.create();

    private final ObjectMapper plainMapper = new ObjectMapper();

    @Test
    void digest_ofAReviewReadBackFromItsJson_isUnchanged() {
        qt().withExamples(300)
                .forAll(ReviewGens.reviews())
                .check(review -> ReviewDigest.digest(json.read(json.write(review)))
                        .equals(ReviewDigest.digest(review)));
    }

    @Test
    void verify_signedReviewReadBackFromItsJson_matches() {
        qt().withExamples(200)
                .forAll(signedReviews())
                .check(review -> {
                    ReviewCycle readBack = json.read(json.write(ReviewDigest.sign(review)));
                    return ReviewDigest.verify(readBack).status() == DigestCheck.Status.MATCHES;
                });
    }

    @Test
    void verify_signedReviewChangedInAnyCoveredField_differs() {
        Gen<Integer> changes = Generate.range(0, CHANGES - 1);
        Gen<Integer> positions = Generate.range(0, Integer.MAX_VALUE);
        qt().withExamples(500)
                .forAll(signedReviews(), changes, positions)
                .check((review, change, position) -> {
                    ReviewCycle signed = ReviewDigest.sign(review);
                    ReviewCycle changed = change(signed, change, position);
                    DigestCheck check = ReviewDigest.verify(changed);
                    return !changed.equals(signed)
                            && check.status() == DigestCheck.Status.DIFFERS
                            && check.expected().orElseThrow().equals(ReviewDigest.digest(signed))
                            && !check.actual().equals(check.expected().orElseThrow());
                });
    }

    @Test
    void canonicalForm_holdsTheWrittenValuesWithoutTheDigest_inSortedObjects() {
        qt().withExamples(300)
                .forAll(ReviewGens.reviews())
                .check(review -> {
                    JsonNode canonical = tree(ReviewDigest.canonicalForm(review));
                    JsonNode written = tree(json.write(review));
                    JsonNode signature = written.path("protocol").path("signature");
                    if (signature instanceof ObjectNode object) {
                        object.remove("contentDigest");
                    }
                    // ObjectNode.equals ignores the order of properties, which is checked apart.
                    return canonical.equals(written) && sortedEverywhere(canonical);
                });
    }

    @Test
    void canonicalForm_hasNoWhitespaceOutsideStrings() {
        qt().withExamples(200)
                .forAll(ReviewGens.reviews())
                .check(review -> outsideStrings(ReviewDigest.canonicalForm(review))
                        .chars().noneMatch(Character::isWhitespace));
    }

    private static Gen<ReviewCycle> signedReviews() {
        Gen<ReviewCycle> reviews = ReviewGens.reviews();
        Gen<Protocol> protocols = ReviewGens.protocols();
        Gen<Signature> signatures = ReviewGens.signatures();
        return in -> {
            ReviewCycle review = reviews.generate(in);
            Protocol protocol = review.protocol().orElseGet(() -> protocols.generate(in));
            if (protocol.signature().isEmpty()) {
                protocol = Protocol.builder().from(protocol)
                        .signature(signatures.generate(in))
                        .build();
            }
            return ReviewCycle.builder().from(review).protocol(protocol).build();
        };
    }

    /** Returns the review with one covered field changed; which one is chosen by the change. */
    private static ReviewCycle change(ReviewCycle review, int change, int position) {
        ReviewCycle.Builder changed = ReviewCycle.builder().from(review);
        Protocol protocol = review.protocol().orElseThrow();
        Signature signature = protocol.signature().orElseThrow();
        switch (change) {
            case 0 -> changed.organization(review.organization().orElse("") + "x");
            case 1 -> changed.decisions(changedDecisions(review.decisions(), position));
            case 2 -> changed.id(review.id() + "x");
            case 3 -> changed.nextReviewOn(otherDate(review.nextReviewOn().orElse(null)));
            case 4 -> changed.protocol(Protocol.builder().from(protocol)
                    .addAgreedItem("added after signing").build());
            case 5 -> changed.protocol(withSignature(protocol, Signature.builder().from(signature)
                    .signedBy(signature.signedBy() + "x").build()));
            case 6 -> changed.protocol(withSignature(protocol, Signature.builder().from(signature)
                    .signedOn(otherDate(signature.signedOn())).build()));
            case 7 -> changed.protocol(withSignature(protocol, Signature.builder().from(signature)
                    .signedAt(signature.signedAt()
                            .map(moment -> moment.plusSeconds(1))
                            .orElse(OffsetDateTime.of(2026, 6, 9, 9, 27, 0, 0, ZoneOffset.UTC)))
                    .build()));
            case 8 -> changed.firstReview(!review.firstReview());
            default -> changed.description(review.description().orElse("") + "\u0000");
        }
        return changed.build();
    }

    private static List<Decision> changedDecisions(List<Decision> decisions, int position) {
        List<Decision> changed = new ArrayList<>(decisions);
        if (changed.isEmpty()) {
            changed.add(Decision.builder().description("added after signing").build());
            return changed;
        }
        int at = position % changed.size();
        Decision decision = changed.get(at);
        changed.set(at, Decision.builder().from(decision)
                .description(decision.description().orElse("") + "x")
                .build());
        return changed;
    }

    private static Protocol withSignature(Protocol protocol, Signature signature) {
        return Protocol.builder().from(protocol).signature(signature).build();
    }

    private static LocalDate otherDate(LocalDate date) {
        if (date == null) {
            return LocalDate.of(2026, 6, 9);
        }
        return date.getYear() < 9999 ? date.plusDays(1) : date.minusDays(1);
    }

    private JsonNode tree(String text) {
        try {
            return plainMapper.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sortedEverywhere(JsonNode node) {
        if (node.isObject()) {
            String previous = null;
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (previous != null && previous.compareTo(field.getKey()) >= 0) {
                    return false;
                }
                if (!sortedEverywhere(field.getValue())) {
                    return false;
                }
                previous = field.getKey();
            }
        }
        for (JsonNode element : node) {
            if (!sortedEverywhere(element)) {
                return false;
            }
        }
        return true;
    }

    /** Returns the text with the content of every string literal removed. */
    private static String outsideStrings(String canonical) {
        StringBuilder outside = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < canonical.length(); i++) {
            char c = canonical.charAt(i);
            if (inString && c == '\\') {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (!inString) {
                outside.append(c);
            }
        }
        return outside.toString();
    }
}
