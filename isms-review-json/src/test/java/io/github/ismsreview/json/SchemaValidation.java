package io.github.ismsreview.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;

/**
 * Validates documents against the shipped schema of format version 1 with a draft 2020-12
 * validator that never fetches anything: the schema is registered under its {@code $id} and the
 * meta-schemas come from the validator's jar.
 */
final class SchemaValidation {

    private static final SchemaValidation ASSERTING_FORMATS = new SchemaValidation(true);
    private static final SchemaValidation ANNOTATING_FORMATS = new SchemaValidation(false);

    private final Schema schema;

    private SchemaValidation(boolean formatAssertions) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(formatAssertions)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, builder -> builder
                        .schemaRegistryConfig(config)
                        .schemaLoader(loader -> loader.fetchRemoteResources(false))
                        .schemas(Map.of(ReviewJsonSchema.V1_ID, ReviewJsonSchema.v1())));
        this.schema = registry.getSchema(SchemaLocation.of(ReviewJsonSchema.V1_ID));
    }

    /** Returns a validator that asserts {@code format}, as a strict validator may. */
    static SchemaValidation assertingFormats() {
        return ASSERTING_FORMATS;
    }

    /** Returns a validator that treats {@code format} as an annotation, the 2020-12 default. */
    static SchemaValidation annotatingFormats() {
        return ANNOTATING_FORMATS;
    }

    /** Returns both validators, so that no check of the schema leans on {@code format}. */
    static List<SchemaValidation> both() {
        return List.of(ASSERTING_FORMATS, ANNOTATING_FORMATS);
    }

    /** Returns the schema's complaints about the JSON text, none if it is valid. */
    List<String> errors(String document) {
        return schema.validate(document, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }

    @Override
    public String toString() {
        return this == ASSERTING_FORMATS ? "schema asserting formats" : "schema annotating formats";
    }
}
