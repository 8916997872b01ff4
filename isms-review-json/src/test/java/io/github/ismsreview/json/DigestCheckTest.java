package io.github.ismsreview.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestCheckTest {

    private static final String ONE = "sha-256:" + "1".repeat(64);

    private static final String TWO = "sha-256:" + "2".repeat(64);

    @Test
    void describe_differs_namesBothDigests() {
        DigestCheck check = new DigestCheck(DigestCheck.Status.DIFFERS, Optional.of(ONE), TWO);

        assertThat(check.describe()).isEqualTo(
                "the content differs from the signed digest: expected " + ONE + ", actual " + TWO);
        assertThat(check.matches()).isFalse();
    }

    @Test
    void describe_eachStatus_isOneLineWithTheActualDigest() {
        assertThat(new DigestCheck(DigestCheck.Status.MATCHES, Optional.of(ONE), ONE).describe())
                .isEqualTo("the content matches the signed digest " + ONE);
        assertThat(new DigestCheck(DigestCheck.Status.NO_DIGEST, Optional.empty(), ONE).describe())
                .isEqualTo("the signature stores no content digest; the content digest is " + ONE);
        assertThat(new DigestCheck(DigestCheck.Status.NOT_SIGNED, Optional.empty(), ONE)
                .describe()).startsWith("the review is not signed").endsWith(ONE);
    }

    @Test
    void constructor_matchesWithDifferentDigests_throwsNamingBoth() {
        assertThatThrownBy(() -> new DigestCheck(DigestCheck.Status.MATCHES, Optional.of(ONE), TWO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status MATCHES does not fit expected " + ONE + " and actual " + TWO);
    }

    @Test
    void constructor_statusAndExpectedDigestThatDisagree_throw() {
        assertThatThrownBy(() -> new DigestCheck(DigestCheck.Status.DIFFERS, Optional.of(ONE), ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DigestCheck(DigestCheck.Status.DIFFERS, Optional.empty(), ONE))
                .hasMessageContaining("expected (none)");
        assertThatThrownBy(() -> new DigestCheck(DigestCheck.Status.NO_DIGEST, Optional.of(ONE),
                ONE)).isInstanceOf(IllegalArgumentException.class);
    }
}
