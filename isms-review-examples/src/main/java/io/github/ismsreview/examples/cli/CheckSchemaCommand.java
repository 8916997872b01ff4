package io.github.ismsreview.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.json.ReviewJsonSchema;
import io.github.ismsreview.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code check-schema} command: checks a JSON document against the JSON Schema of format
 * version 1 that the json jar ships, as any other tool could, without reading it as a review.
 */
@Command(
        name = "check-schema",
        mixinStandardHelpOptions = true,
        versionProvider = IsmsReviewCommand.Version.class,
        description = "Checks a review document against the shipped JSON Schema (draft 2020-12)"
                + " of format version 1 and lists what the schema refuses.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the document is valid against the schema",
            "1:the schema refuses the document",
            "2:the file cannot be read"
        },
        footerHeading = "%nExample:%n",
        footer = "  isms-review check-schema review.json")
final class CheckSchemaCommand implements Callable<Integer> {

    /** The largest file read, in bytes: a document at its longest in UTF-32. */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Reads one JSON value strictly: no duplicate keys, nothing after it, bounded nesting. */
    private static final ObjectMapper PARSER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(ReviewJson.MAX_NESTING_DEPTH)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The document to check.")
    private Path file;

    /**
     * Checks the document and prints {@code FILE: valid} or one line per complaint.
     *
     * @throws UnreadableReviewException if the file cannot be read as UTF-8 text
     */
    @Override
    public Integer call() throws UnreadableReviewException {
        JsonNode document = parse(read());

        List<Error> errors = schema().validate(document);

        PrintWriter out = spec.commandLine().getOut();
        String name = ValidationReport.printable(file.toString());
        if (errors.isEmpty()) {
            out.println(name + ": valid against " + ReviewJsonSchema.V1_ID);
        } else {
            out.println(name + ": " + errors.size() + " problem(s) against "
                    + ReviewJsonSchema.V1_ID);
            for (Error error : errors) {
                out.println("  " + ValidationReport.printable(error.toString()));
            }
        }
        out.flush();
        return errors.isEmpty() ? IsmsReviewCommand.EXIT_CLEAN : IsmsReviewCommand.EXIT_ERRORS;
    }

    private byte[] read() throws UnreadableReviewException {
        String where = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableReviewException(where, "it is a directory, not a file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new UnreadableReviewException(where,
                        "it is not a regular file (a pipe or a device)");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new UnreadableReviewException(where,
                        "it is larger than " + MAX_BYTES + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableReviewException(where, "no such file");
        } catch (IOException e) {
            throw new UnreadableReviewException(where, IsmsReviewCommand.oneLine(e));
        }
    }

    /**
     * Parses the bytes as exactly one JSON value, so that the schema judges a document and not
     * a prefix of one: malformed JSON, an empty file and content after the value are unreadable.
     */
    private JsonNode parse(byte[] bytes) throws UnreadableReviewException {
        String where = file.toString();
        try {
            JsonNode node = PARSER.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new UnreadableReviewException(where, "it holds no JSON value");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String position = at == null ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new UnreadableReviewException(where, "malformed JSON" + position + ": "
                    + IsmsReviewCommand.oneLine(new IOException(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UnreadableReviewException(where, IsmsReviewCommand.oneLine(e));
        }
    }

    /** Returns the shipped schema; nothing is fetched from anywhere. */
    private static Schema schema() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, builder -> builder
                        .schemaRegistryConfig(config)
                        .schemaLoader(loader -> loader.fetchRemoteResources(false))
                        .schemas(Map.of(ReviewJsonSchema.V1_ID, ReviewJsonSchema.v1())));
        return registry.getSchema(SchemaLocation.of(ReviewJsonSchema.V1_ID));
    }
}
