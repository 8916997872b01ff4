package io.github.ismsreview.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReviewFormatExceptionTest {

    @Test
    void getMessage_carriesPathPositionExpectedAndFound() {
        ReviewFormatException e = new ReviewFormatException(
                "$.decisions[0].actions[1].dueOn", 40, 22, "a date as YYYY-MM-DD",
                "\"2026-13-01\"");

        assertThat(e).hasMessage("$.decisions[0].actions[1].dueOn (line 40, column 22): "
                + "expected a date as YYYY-MM-DD, found \"2026-13-01\"");
        assertThat(e.path()).isEqualTo("$.decisions[0].actions[1].dueOn");
        assertThat(e.line()).isEqualTo(40);
        assertThat(e.column()).isEqualTo(22);
    }

    @Test
    void getMessage_unknownPosition_leavesItOut() {
        ReviewFormatException e = new ReviewFormatException("$", -1, -1, "a review", "nothing");

        assertThat(e).hasMessage("$: expected a review, found nothing");
    }

    @Test
    void getMessage_ownProblemText_replacesExpectedAndFound() {
        ReviewFormatException e = new ReviewFormatException("$.formatVersion", 2, 20,
                "format version 1", "2", "this document has format version 2");

        assertThat(e).hasMessage("$.formatVersion (line 2, column 20): "
                + "this document has format version 2");
        assertThat(e.expected()).isEqualTo("format version 1");
        assertThat(e.found()).isEqualTo("2");
    }
}
