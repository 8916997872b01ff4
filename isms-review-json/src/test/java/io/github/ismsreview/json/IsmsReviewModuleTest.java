package io.github.ismsreview.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.testing.SampleReviews;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class IsmsReviewModuleTest {

    @Test
    void serviceLoader_findsTheModule() {
        assertThat(ServiceLoader.load(Module.class))
                .anyMatch(module -> module instanceof IsmsReviewModule);
    }

    @Test
    void findAndRegisterModules_readsAndWritesReviews() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        ReviewCycle review = SampleReviews.complete2022();

        String written = mapper.writeValueAsString(review);

        assertThat(mapper.readValue(written, ReviewCycle.class)).isEqualTo(review);
        assertThat(mapper.readTree(written)).isEqualTo(
                mapper.readTree(ReviewJson.create().write(review)));
    }

    @Test
    void registeredMapper_refusesBadDocumentsWithReviewFormatException() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new IsmsReviewModule());

        assertThatThrownBy(() -> mapper.readValue(
                "{\"formatVersion\": 1, \"id\": \"MR\", \"edition\": \"iso-iec-27001-2022\","
                        + " \"heldOn\": \"2026-02-30\"}", ReviewCycle.class))
                .isInstanceOf(ReviewFormatException.class)
                .hasMessage("$.heldOn (line 1, column 77): "
                        + "expected a date as YYYY-MM-DD, found \"2026-02-30\"");
    }

    @Test
    void registeredMapper_refusesDuplicateKeysWithoutStrictDetection() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new IsmsReviewModule());

        assertThatThrownBy(() -> mapper.readValue(
                "{\"formatVersion\": 1, \"id\": \"MR\", \"id\": \"MR\","
                        + " \"edition\": \"iso-iec-27001-2022\"}", ReviewCycle.class))
                .isInstanceOfSatisfying(ReviewFormatException.class, e -> {
                    assertThat(e.path()).isEqualTo("$.id");
                    assertThat(e.expected()).isEqualTo("each property once");
                });
    }

    @Test
    void registeredMapper_refusesNullDocument() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new IsmsReviewModule());

        assertThatThrownBy(() -> mapper.readValue("null", ReviewCycle.class))
                .isInstanceOfSatisfying(ReviewFormatException.class, e -> {
                    assertThat(e.path()).isEqualTo("$");
                    assertThat(e.found()).isEqualTo("null");
                });
    }

    @Test
    void registeredMapper_translatesMalformedJson() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new IsmsReviewModule());

        assertThatThrownBy(() -> mapper.readValue("{\"formatVersion\": 1,", ReviewCycle.class))
                .isInstanceOfSatisfying(ReviewFormatException.class,
                        e -> assertThat(e.expected()).isEqualTo("well-formed JSON"));
    }
}
