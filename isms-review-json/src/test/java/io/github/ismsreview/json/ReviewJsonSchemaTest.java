package io.github.ismsreview.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.model.ActionStatus;
import io.github.ismsreview.model.Attendance;
import io.github.ismsreview.model.ChangeDriver;
import io.github.ismsreview.model.EffortUnit;
import io.github.ismsreview.model.InputStatus;
import io.github.ismsreview.model.ParticipantRole;
import io.github.ismsreview.model.RecommendationKind;
import io.github.ismsreview.model.ReviewStage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the shipped schema of format version 1 and the strict reader to the same verdict on the
 * corpus in {@code src/test/resources/corpus}: {@code invalid/} breaks one thing per file and
 * both refuse it, {@code valid/} both accept, and {@code reader-only/} pins what JSON Schema
 * cannot say, so that a tighter schema or a looser reader shows up here.
 */
class ReviewJsonSchemaTest {

    private static final Path BUNDLED_REVIEWS =
            Path.of("../isms-review-examples/src/main/resources/reviews");

    private final ReviewJson json = ReviewJson.create();

    @Test
    void v1_isADraft202012SchemaWithTheVersionedId() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(ReviewJsonSchema.v1());

        assertThat(schema.path("$schema").asText())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo(ReviewJsonSchema.V1_ID)
                .endsWith("/v1.schema.json");
        assertThat(schema.path("properties").path("formatVersion").path("const").asInt())
                .isEqualTo(ReviewJson.FORMAT_VERSION);
    }

    @Test
    void v1Url_pointsAtTheSameTextInTheJar() throws IOException {
        URL url = ReviewJsonSchema.v1Url();

        try (InputStream in = url.openStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(ReviewJsonSchema.v1());
        }
        assertThat(url.getPath()).endsWith(ReviewJsonSchema.V1_RESOURCE);
    }

    @Test
    void v1_enumeratesExactlyTheKeysOfTheModel() throws IOException {
        JsonNode defs = new ObjectMapper().readTree(ReviewJsonSchema.v1()).path("$defs");

        assertThat(enumOf(defs, "edition")).isEqualTo(Edition.knownKeys());
        assertThat(enumOf(defs, "stage")).isEqualTo(EnumKeys.keys(ReviewStage.class));
        assertThat(enumOf(defs, "inputStatus")).isEqualTo(EnumKeys.keys(InputStatus.class));
        assertThat(enumOf(defs, "recommendationKind"))
                .isEqualTo(EnumKeys.keys(RecommendationKind.class));
        assertThat(enumOf(defs, "effortUnit")).isEqualTo(EnumKeys.keys(EffortUnit.class));
        assertThat(enumOf(defs, "changeDriver")).isEqualTo(EnumKeys.keys(ChangeDriver.class));
        assertThat(enumOf(defs, "actionStatus")).isEqualTo(EnumKeys.keys(ActionStatus.class));
        assertThat(enumOf(defs, "role")).isEqualTo(EnumKeys.keys(ParticipantRole.class));
        assertThat(enumOf(defs, "attendance")).isEqualTo(EnumKeys.keys(Attendance.class));
    }

    @Test
    void v1_limitsTheLengthsTheReaderLimits() throws IOException {
        JsonNode defs = new ObjectMapper().readTree(ReviewJsonSchema.v1()).path("$defs");

        assertThat(defs.path("text").path("maxLength").asInt())
                .isEqualTo(ReviewJson.MAX_STRING_LENGTH);
        assertThat(defs.path("decimal").path("maxLength").asInt())
                .isEqualTo(ReviewJson.MAX_DECIMAL_LENGTH);
    }

    @Test
    void bundledReviews_areValidAgainstTheSchema() throws IOException {
        List<Path> reviews = jsonFiles(BUNDLED_REVIEWS);

        assertThat(reviews).hasSizeGreaterThanOrEqualTo(4);
        for (Path review : reviews) {
            String document = Files.readString(review);
            for (SchemaValidation schema : SchemaValidation.both()) {
                assertThat(schema.errors(document)).as("%s by the %s", review, schema).isEmpty();
            }
            json.read(document);
        }
    }

    @Test
    void invalidCorpus_holdsAtLeastSixtyDocuments() throws Exception {
        assertThat(corpus("invalid")).hasSizeGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void invalidDocument_isRefusedByTheSchemaAndTheReader(String name, String document) {
        for (SchemaValidation schema : SchemaValidation.both()) {
            assertThat(schema.errors(document)).as("%s by the %s", name, schema).isNotEmpty();
        }
        assertThatThrownBy(() -> json.read(document)).as(name)
                .isExactlyInstanceOf(ReviewFormatException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validDocuments")
    void validDocument_isAcceptedByTheSchemaAndTheReader(String name, String document) {
        for (SchemaValidation schema : SchemaValidation.both()) {
            assertThat(schema.errors(document)).as("%s by the %s", name, schema).isEmpty();
        }
        json.read(document);
    }

    /**
     * Pins the checks of the reader that JSON Schema cannot express; docs/format.md lists them.
     * If the schema learns one, move its file to {@code invalid/}.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("readerOnlyDocuments")
    void readerOnlyDocument_isRefusedByTheReaderAlone(String name, String document) {
        assertThatThrownBy(() -> json.read(document)).as(name)
                .isExactlyInstanceOf(ReviewFormatException.class);
        for (SchemaValidation schema : SchemaValidation.both()) {
            assertThat(schema.errors(document)).as("%s by the %s", name, schema).isEmpty();
        }
    }

    @Test
    void elementsOverTheLimitAcrossArrays_areRefusedByTheReaderAlone() {
        int half = ReviewJson.MAX_ELEMENTS / 2 + 1;
        String items = String.join(", ", Collections.nCopies(half, "\"item\""));
        String document = "{\"formatVersion\": 1, \"id\": \"MR\", \"edition\": "
                + "\"iso-iec-27001-2022\", \"protocol\": {\"agreedItems\": [" + items + "]},"
                + " \"decisions\": [{\"description\": \"d\", \"actions\": ["
                + String.join(", ", Collections.nCopies(half, "{}")) + "]}]}";

        assertThatThrownBy(() -> json.read(document))
                .isExactlyInstanceOf(ReviewFormatException.class)
                .hasMessageContaining("at most 10000 array elements");
        assertThat(SchemaValidation.assertingFormats().errors(document)).isEmpty();
    }

    static Stream<Object[]> invalidDocuments() throws Exception {
        return documents("invalid");
    }

    static Stream<Object[]> validDocuments() throws Exception {
        return documents("valid");
    }

    static Stream<Object[]> readerOnlyDocuments() throws Exception {
        return documents("reader-only");
    }

    private static Stream<Object[]> documents(String folder) throws Exception {
        List<Object[]> documents = new ArrayList<>();
        for (Path file : corpus(folder)) {
            documents.add(new Object[] {file.getFileName().toString(), Files.readString(file)});
        }
        return documents.stream();
    }

    private static List<Path> corpus(String folder) throws IOException, URISyntaxException {
        URL url = ReviewJsonSchemaTest.class.getResource("/corpus/" + folder);
        if (url == null) {
            throw new IllegalStateException("corpus folder " + folder + " is missing");
        }
        return jsonFiles(Path.of(url.toURI()));
    }

    private static List<Path> jsonFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static List<String> enumOf(JsonNode defs, String name) {
        List<String> values = new ArrayList<>();
        defs.path(name).path("enum").forEach(value -> values.add(value.asText()));
        return values;
    }
}
