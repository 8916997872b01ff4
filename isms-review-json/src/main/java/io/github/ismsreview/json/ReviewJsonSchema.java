package io.github.ismsreview.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the isms-review JSON format, version 1, as shipped in this
 * jar.
 *
 * <pre>{@code
 * String schema = ReviewJsonSchema.v1();   // hand it to any draft 2020-12 validator
 * }</pre>
 *
 * <p>The schema states what {@link ReviewJson} reads: required and known properties only, no
 * nulls, the enumerated keys, dates that exist in the calendar, plain decimal strings for
 * amounts, and unique drivers and roles. Programs in other languages find the same file in the
 * jar at {@value #V1_RESOURCE}; its {@code $id} is {@value #V1_ID}. A few checks of the reader
 * cannot be said in JSON Schema (duplicate properties, the reading limits of a whole document,
 * currency codes unknown to the Java runtime); {@code docs/format.md} lists them.
 *
 * <p>The class has no state of its own and is thread-safe.
 */
public final class ReviewJsonSchema {

    /** The {@code $id} of the schema of format version 1. */
    public static final String V1_ID =
            "https://ismsreview.github.io/schema/isms-review/v1.schema.json";

    /** The path of the schema of format version 1 in the jar, for a class loader. */
    public static final String V1_RESOURCE =
            "/io/github/ismsreview/json/schema/isms-review-v1.schema.json";

    private ReviewJsonSchema() {
    }

    /**
     * Returns the text of the schema of format version 1, a JSON document in UTF-8 as stored in
     * the jar.
     *
     * @throws IllegalStateException if the jar lacks the schema, which means it is damaged
     * @throws UncheckedIOException if the jar cannot be read
     */
    public static String v1() {
        try (InputStream in = openV1()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + V1_RESOURCE + " from the jar", e);
        }
    }

    /**
     * Returns the location of the schema of format version 1 in the jar, for tools that load a
     * schema from a URL.
     *
     * @throws IllegalStateException if the jar lacks the schema, which means it is damaged
     */
    public static URL v1Url() {
        URL url = ReviewJsonSchema.class.getResource(V1_RESOURCE);
        if (url == null) {
            throw new IllegalStateException(V1_RESOURCE + " is missing from the jar");
        }
        return url;
    }

    private static InputStream openV1() {
        InputStream in = ReviewJsonSchema.class.getResourceAsStream(V1_RESOURCE);
        if (in == null) {
            throw new IllegalStateException(V1_RESOURCE + " is missing from the jar");
        }
        return in;
    }
}
