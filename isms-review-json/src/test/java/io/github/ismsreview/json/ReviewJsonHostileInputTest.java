package io.github.ismsreview.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Regression tests for documents built to slip past the reader or to exhaust its user. */
class ReviewJsonHostileInputTest {

    private static final String HEAD =
            "{\"formatVersion\": 1, \"id\": \"MR\", \"edition\": \"iso-iec-27001-2022\", ";

    private final ReviewJson json = ReviewJson.create();

    @Test
    void overlongUtf8_isRefusedNotDecoded() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((HEAD + "\"organization\": \"a").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC0, (byte) 0x8A});
        bytes.writeBytes("b\"}".getBytes(StandardCharsets.UTF_8));

        ReviewFormatException e = readBytes(bytes.toByteArray());

        assertThat(e.path()).isEqualTo("$.organization");
        assertThat(e.found()).contains("not valid UTF-8", "0xC0");
        assertThat(e.getMessage()).doesNotContain("\n");
    }

    @Test
    void codePointAboveTheUnicodeRange_isRefused() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((HEAD + "\"organization\": \"").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
        bytes.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(readBytes(bytes.toByteArray()).found()).contains("not valid UTF-8");
    }

    @Test
    void anEarlierProblem_isReportedBeforeLaterBadBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((HEAD + "\"heldOn\": \"2026-13-01\", \"organization\": \"")
                .getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF, '"', '}'});

        ReviewFormatException e = readBytes(bytes.toByteArray());

        assertThat(e.path()).isEqualTo("$.heldOn");
        assertThat(e.found()).isEqualTo("\"2026-13-01\"");
    }

    @Test
    void anEarlierProblemAfterACarriageReturn_isReportedBeforeLaterBadBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\r\"formatVersion\": 2, \"id\": \"MR".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xFF, '"', '}'});

        ReviewFormatException e = readBytes(bytes.toByteArray());

        assertThat(e.path()).isEqualTo("$.formatVersion");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void manyEmptyElements_areRefusedAtTheElementLimit() {
        StringBuilder document = new StringBuilder(HEAD).append("\"decisions\": [");
        for (int i = 0; i <= ReviewJson.MAX_ELEMENTS; i++) {
            document.append(i == 0 ? "{}" : ",{}");
        }
        document.append("]}");

        ReviewFormatException e = catchThrowableOfType(ReviewFormatException.class,
                () -> json.read(document.toString()));

        assertThat(e.path()).isEqualTo("$.decisions[10000]");
        assertThat(e.expected()).isEqualTo("at most 10000 array elements in a document");
    }

    @Test
    void yearsBeyondFourDigits_areRefused() {
        ReviewFormatException e = catchThrowableOfType(ReviewFormatException.class,
                () -> json.read(HEAD + "\"previousReview\": {\"heldOn\": \"+999999999-12-31\"}}"));

        assertThat(e.path()).isEqualTo("$.previousReview.heldOn");
        assertThat(e.expected()).isEqualTo("a date as YYYY-MM-DD");
    }

    @Test
    void controlAndBidiCharacters_areEscapedInErrors() {
        ReviewFormatException e = catchThrowableOfType(ReviewFormatException.class,
                () -> json.read(HEAD + "\"x\u009b2J\u202e\\u001b\": 1}"));

        assertThat(e.getMessage()).doesNotContain("\u009b", "\u202e", "\u001b")
                .contains("\\u009b", "\\u202e", "\\u001b");
    }

    private ReviewFormatException readBytes(byte[] bytes) {
        return catchThrowableOfType(ReviewFormatException.class,
                () -> json.read(new ByteArrayInputStream(bytes)));
    }
}
