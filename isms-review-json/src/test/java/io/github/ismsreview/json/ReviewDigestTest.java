package io.github.ismsreview.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.model.Decision;
import io.github.ismsreview.model.Money;
import io.github.ismsreview.model.Participant;
import io.github.ismsreview.model.ParticipantRole;
import io.github.ismsreview.model.Protocol;
import io.github.ismsreview.model.Resources;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import io.github.ismsreview.model.Signature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewDigestTest {

    /** The canonical form of {@link #small()}, written out by hand from docs/format.md. */
    private static final String SMALL_CANONICAL = "{\"decisions\":[{\"description\":"
            + "\"Buy a firewall\",\"id\":\"D1\",\"resources\":{\"budget\":{\"amount\":\"150\","
            + "\"currency\":\"EUR\"}}}],\"edition\":\"iso-iec-27001-2022\",\"firstReview\":true,"
            + "\"formatVersion\":1,\"heldOn\":\"2026-06-02\",\"id\":\"MR-1\","
            + "\"organization\":\"Example \\\"Ltd\\\"\",\"protocol\":{\"participants\":"
            + "[{\"attendance\":\"present\",\"name\":\"Alex Moreau\",\"roles\":"
            + "[\"top-management\"]}],\"signature\":{\"role\":\"top-management\","
            + "\"signedAt\":\"2026-06-03T09:27:00-03:00\",\"signedBy\":\"Alex Moreau\","
            + "\"signedOn\":\"2026-06-03\"}},\"stage\":\"held\"}";

    /** The SHA-256 of {@link #SMALL_CANONICAL}, computed with sha256sum, not with this code. */
    private static final String SMALL_DIGEST =
            "sha-256:5007d9fe4e156cefd3e60136655b82bb52ab74aaa2fd965d8b4aa3cb99a27cfc";

    private static final OffsetDateTime SIGNED_AT =
            OffsetDateTime.of(2026, 6, 3, 9, 27, 0, 0, ZoneOffset.ofHours(-3));

    private final ReviewJson json = ReviewJson.create();

    @Test
    void canonicalForm_smallReview_isPinnedByteForByte() {
        assertThat(ReviewDigest.canonicalForm(small())).isEqualTo(SMALL_CANONICAL);
    }

    @Test
    void digest_smallReview_isTheSha256OfTheCanonicalUtf8Bytes() {
        assertThat(ReviewDigest.digest(small())).isEqualTo(SMALL_DIGEST);
    }

    @Test
    void canonicalForm_minimalReview_isTheJavadocExample() {
        ReviewCycle minimal = ReviewCycle.builder()
                .id("MR-1").edition(Edition.ISO_IEC_27001_2022).build();

        assertThat(ReviewDigest.canonicalForm(minimal)).isEqualTo("{\"edition\":"
                + "\"iso-iec-27001-2022\",\"formatVersion\":1,\"id\":\"MR-1\","
                + "\"stage\":\"planned\"}");
        assertThat(ReviewDigest.digest(minimal)).isEqualTo(
                "sha-256:b60bd9fb93dc3284d0ef7f0683cdd829005b6dd37a21d7285a9f09d56a7f5bad");
    }

    @Test
    void canonicalForm_leavesTheStoredDigestOut() {
        ReviewCycle signed = ReviewDigest.sign(small());

        assertThat(ReviewDigest.canonicalForm(signed)).isEqualTo(SMALL_CANONICAL)
                .doesNotContain("contentDigest", "sha-256");
        assertThat(ReviewDigest.digest(signed)).isEqualTo(SMALL_DIGEST);
    }

    @Test
    void canonicalForm_stringVectorOfRfc8785_isEscapedAsTheRfcShows() {
        // The string of the example in RFC 8785, section 3.2.3, as the parser decodes it.
        String decoded = "\u20ac$\u000f\nA'B\"\\\\\"/";

        assertThat(canonicalOrganization(decoded))
                .isEqualTo("\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"");
    }

    @Test
    void canonicalForm_controlCharacters_useShortEscapesOrLowerCaseHex() {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }

        assertThat(canonicalOrganization(controls.toString())).isEqualTo("\""
                + "\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007"
                + "\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f"
                + "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017"
                + "\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f\"");
    }

    @Test
    void canonicalForm_deleteSlashAndNonAscii_areWrittenAsTheyAre() {
        String text = "/\u007f \u00e9 \u20ac \u2028 \ud83d\udd12 <&>'";

        assertThat(canonicalOrganization(text)).isEqualTo("\"" + text + "\"");
    }

    @Test
    void digest_nonAsciiText_hashesItsUtf8Bytes() throws Exception {
        ReviewCycle review = ReviewCycle.builder()
                .id("\u00e9\ud83d\udd12").edition(Edition.ISO_IEC_27001_2022).build();
        byte[] expected = ("{\"edition\":\"iso-iec-27001-2022\",\"formatVersion\":1,"
                + "\"id\":\"\u00e9\ud83d\udd12\",\"stage\":\"planned\"}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(ReviewDigest.digest(review)).isEqualTo("sha-256:" + HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(expected)));
        assertThat(expected).containsSequence(0xc3, 0xa9).containsSequence(0xf0, 0x9f, 0x94, 0x92);
    }

    @Test
    void canonicalForm_unpairedSurrogates_areEscapedInLowerCase() {
        assertThat(canonicalOrganization("a\ud800b\udfffc\udbff"))
                .isEqualTo("\"a\\ud800b\\udfffc\\udbff\"");
    }

    @Test
    void canonicalForm_propertiesOfEveryObject_areSortedByName() {
        String canonical = ReviewDigest.canonicalForm(small());

        assertThat(canonical.indexOf("\"decisions\"")).isLessThan(canonical.indexOf("\"edition\""));
        assertThat(canonical.indexOf("\"firstReview\""))
                .isLessThan(canonical.indexOf("\"formatVersion\""));
        assertThat(canonical.indexOf("\"role\"")).isLessThan(canonical.indexOf("\"signedAt\""));
        assertThat(canonical.indexOf("\"signedAt\"")).isLessThan(canonical.indexOf("\"signedBy\""));
    }

    @Test
    void digest_amountWithTrailingZeros_isTheDigestOfTheAmountWithout() {
        ReviewCycle withZeros = withBudget(Money.of("150.00", "EUR"));
        ReviewCycle without = withBudget(Money.of("150", "EUR"));

        assertThat(ReviewDigest.digest(withZeros)).isEqualTo(ReviewDigest.digest(without));
        assertThat(ReviewDigest.canonicalForm(withZeros)).contains("\"amount\":\"150\"");
    }

    @Test
    void digest_documentsThatDifferOnlyInSpellingOfTheSameValues_areEqual() {
        String spelled = """
                {"formatVersion": 1, "id": "MR-\\u0031", "edition": "iso-iec-27001-2022",
                 "decisions": [{"resources": {"budget": {"currency": "EUR",
                                                          "amount": "150.00"}}}]}""";
        String plain = """
                {
                  "edition": "iso-iec-27001-2022", "formatVersion": 1, "id": "MR-1",
                  "stage": "planned", "inputs": [],
                  "decisions": [{"resources": {"budget": {"amount": "150", "currency": "EUR"}}}]
                }""";

        assertThat(ReviewDigest.digest(json.read(spelled)))
                .isEqualTo(ReviewDigest.digest(json.read(plain)));
    }

    @Test
    void canonicalForm_momentsAndEffort_areWrittenAsFormatMdSays() {
        String document = """
                {"formatVersion": 1, "id": "MR-1", "edition": "iso-iec-27001-2022",
                 "decisions": [{"resources": {"effort": {"quantity": "007.50",
                                                          "unit": "person-days"}}}],
                 "protocol": {"signature": {"signedBy": "A", "role": "top-management",
                   "signedOn": "2026-06-09", "signedAt": "2026-06-09T09:27:00.500+00:00"}}}""";

        String canonical = ReviewDigest.canonicalForm(json.read(document));

        assertThat(canonical).contains("\"signedAt\":\"2026-06-09T09:27:00.5Z\"",
                "\"quantity\":\"7.50\"");
        String withoutSeconds = document.replace(":00.500+00:00", "-03:00");
        assertThat(ReviewDigest.canonicalForm(json.read(withoutSeconds)))
                .contains("\"signedAt\":\"2026-06-09T09:27:00-03:00\"");
    }

    @Test
    void digest_readBackFromJson_isUnchanged() {
        ReviewCycle signed = ReviewDigest.sign(small());

        ReviewCycle readBack = json.read(json.write(signed));

        assertThat(ReviewDigest.digest(readBack)).isEqualTo(SMALL_DIGEST);
        assertThat(ReviewDigest.verify(readBack).matches()).isTrue();
    }

    @Test
    void sign_storesTheDigestInTheSignature() {
        ReviewCycle signed = ReviewDigest.sign(small());

        assertThat(signed.protocol().orElseThrow().signature().orElseThrow().contentDigest())
                .contains(SMALL_DIGEST);
        assertThat(ReviewDigest.sign(signed)).isEqualTo(signed);
    }

    @Test
    void sign_reviewWithAnOldDigest_replacesIt() {
        ReviewCycle stale = withSignature(signature().contentDigest("sha-256:" + "0".repeat(64))
                .build());

        ReviewCycle signed = ReviewDigest.sign(stale);

        assertThat(ReviewDigest.verify(stale).status()).isEqualTo(DigestCheck.Status.DIFFERS);
        assertThat(ReviewDigest.verify(signed).status()).isEqualTo(DigestCheck.Status.MATCHES);
        assertThat(ReviewDigest.digest(signed)).isEqualTo(SMALL_DIGEST);
    }

    @Test
    void sign_reviewWithoutProtocol_throwsIllegalStateNamingTheReview() {
        ReviewCycle unsigned = ReviewCycle.builder()
                .id("MR-7").edition(Edition.ISO_IEC_27001_2022).build();

        assertThatThrownBy(() -> ReviewDigest.sign(unsigned))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("review MR-7 has no protocol ")
                .hasMessageContaining("set the signature");
    }

    @Test
    void sign_protocolWithoutSignature_throwsIllegalStateNamingTheSignature() {
        ReviewCycle unsigned = ReviewCycle.builder().from(small())
                .protocol(Protocol.builder().meetingOn(LocalDate.of(2026, 6, 2)).build())
                .build();

        assertThatThrownBy(() -> ReviewDigest.sign(unsigned))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("review MR-1 has no protocol.signature");
    }

    @Test
    void verify_unsignedReview_isNotSigned() {
        ReviewCycle unsigned = ReviewCycle.builder()
                .id("MR-1").edition(Edition.ISO_IEC_27001_2022).build();

        DigestCheck check = ReviewDigest.verify(unsigned);

        assertThat(check.status()).isEqualTo(DigestCheck.Status.NOT_SIGNED);
        assertThat(check.expected()).isEmpty();
        assertThat(check.actual()).isEqualTo(ReviewDigest.digest(unsigned));
        assertThat(check.matches()).isFalse();
    }

    @Test
    void verify_signatureWithoutDigest_hasNoDigest() {
        DigestCheck check = ReviewDigest.verify(small());

        assertThat(check).isEqualTo(
                new DigestCheck(DigestCheck.Status.NO_DIGEST, Optional.empty(), SMALL_DIGEST));
    }

    @Test
    void verify_signedAndUnchanged_matches() {
        DigestCheck check = ReviewDigest.verify(ReviewDigest.sign(small()));

        assertThat(check).isEqualTo(new DigestCheck(DigestCheck.Status.MATCHES,
                Optional.of(SMALL_DIGEST), SMALL_DIGEST));
    }

    @Test
    void verify_organizationChangedAfterSigning_differsAndGivesBothDigests() {
        ReviewCycle signed = ReviewDigest.sign(small());
        ReviewCycle changed = ReviewCycle.builder().from(signed).organization("Other Ltd").build();

        DigestCheck check = ReviewDigest.verify(changed);

        assertThat(check.status()).isEqualTo(DigestCheck.Status.DIFFERS);
        assertThat(check.expected()).contains(SMALL_DIGEST);
        assertThat(check.actual()).isEqualTo(ReviewDigest.digest(changed))
                .isNotEqualTo(SMALL_DIGEST);
    }

    @Test
    void verify_signatureMomentChangedAfterSigning_differs() {
        ReviewCycle signed = ReviewDigest.sign(small());
        Signature original = signed.protocol().orElseThrow().signature().orElseThrow();
        ReviewCycle changed = withSignature(Signature.builder().from(original)
                .signedAt(SIGNED_AT.plusMinutes(1))
                .build(), signed);

        assertThat(ReviewDigest.verify(changed).status()).isEqualTo(DigestCheck.Status.DIFFERS);
    }

    @Test
    void verify_stageChangedAfterSigning_differs() {
        ReviewCycle signed = ReviewDigest.sign(small());
        ReviewCycle closed = ReviewCycle.builder().from(signed).stage(ReviewStage.CLOSED).build();

        assertThat(ReviewDigest.verify(closed).status()).isEqualTo(DigestCheck.Status.DIFFERS);
    }

    private String canonicalOrganization(String organization) {
        String canonical = ReviewDigest.canonicalForm(ReviewCycle.builder()
                .id("MR").edition(Edition.ISO_IEC_27001_2022).organization(organization).build());
        String before = "\"id\":\"MR\",\"organization\":";
        String after = ",\"stage\":\"planned\"}";
        assertThat(canonical).contains(before).endsWith(after);
        return canonical.substring(canonical.indexOf(before) + before.length(),
                canonical.length() - after.length());
    }

    private static ReviewCycle small() {
        return withSignature(signature().build());
    }

    private static Signature.Builder signature() {
        return Signature.builder()
                .signedBy("Alex Moreau")
                .role(ParticipantRole.TOP_MANAGEMENT)
                .signedOn(LocalDate.of(2026, 6, 3))
                .signedAt(SIGNED_AT);
    }

    private static ReviewCycle withSignature(Signature signature) {
        return ReviewCycle.builder()
                .id("MR-1")
                .edition(Edition.ISO_IEC_27001_2022)
                .stage(ReviewStage.HELD)
                .organization("Example \"Ltd\"")
                .heldOn(LocalDate.of(2026, 6, 2))
                .firstReview(true)
                .addDecision(Decision.builder()
                        .id("D1")
                        .description("Buy a firewall")
                        .resources(Resources.builder().budget(Money.of("150.00", "EUR")).build())
                        .build())
                .protocol(Protocol.builder()
                        .addParticipant(Participant.of("Alex Moreau",
                                ParticipantRole.TOP_MANAGEMENT))
                        .signature(signature)
                        .build())
                .build();
    }

    private static ReviewCycle withSignature(Signature signature, ReviewCycle review) {
        Protocol protocol = Protocol.builder().from(review.protocol().orElseThrow())
                .signature(signature)
                .build();
        return ReviewCycle.builder().from(review).protocol(protocol).build();
    }

    private static ReviewCycle withBudget(Money budget) {
        return ReviewCycle.builder()
                .id("MR-1")
                .edition(Edition.ISO_IEC_27001_2022)
                .addDecision(Decision.builder()
                        .resources(Resources.builder().budget(budget).build())
                        .build())
                .build();
    }
}
