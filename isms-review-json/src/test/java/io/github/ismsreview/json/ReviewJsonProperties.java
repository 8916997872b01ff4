package io.github.ismsreview.json;

import static org.quicktheories.QuickTheory.qt;

import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.testing.ReviewGens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ReviewJsonProperties {

    private static final int DROP_A_CHARACTER = 0;
    private static final int DUPLICATE_A_PROPERTY = 1;
    private static final int INSERT_NULL = 2;
    private static final int INSERT_A_CHARACTER = 3;
    private static final int CHANGE_A_BYTE = 4;

    private static final String NOISE = "{}[],:\"\\0123456789.-+eE nultrfasx\u00e9\ud83d\udd12";

    private static final Pattern PROPERTY = Pattern.compile("\"[A-Za-z]+\": ");

    private final ReviewJson json = ReviewJson.create();

    @Test
    void read_write_givesAnEqualReview() {
        qt().withExamples(300)
                .forAll(ReviewGens.reviews())
                .check(review -> json.read(json.write(review)).equals(review));
    }

    @Test
    void write_read_write_givesTheSameText() {
        qt().withExamples(200)
                .forAll(ReviewGens.reviews())
                .check(review -> {
                    String written = json.write(review);
                    return json.write(json.read(written)).equals(written);
                });
    }

    @Test
    void read_writtenBytes_givesAnEqualReview() {
        qt().withExamples(100)
                .forAll(ReviewGens.reviews())
                .check(review -> readBytes(utf8(review)).equals(review));
    }

    @Test
    void read_mutatedDocument_readsOrThrowsReviewFormatExceptionOnly() {
        Gen<Integer> kinds = Generate.range(DROP_A_CHARACTER, CHANGE_A_BYTE);
        Gen<Integer> positions = Generate.range(0, Integer.MAX_VALUE);
        qt().withExamples(5000)
                .forAll(ReviewGens.reviews(), kinds, positions, positions)
                .check((review, kind, position, choice) -> {
                    String written = json.write(review);
                    if (kind == CHANGE_A_BYTE) {
                        return readsOrFailsCleanly(() -> readBytes(
                                changeByte(utf8(review), position, choice)));
                    }
                    String mutated = mutate(written, kind, position, choice);
                    return readsOrFailsCleanly(() -> json.read(mutated));
                });
    }

    @Test
    void read_documentWithADuplicatedProperty_isAlwaysRefused() {
        Gen<Integer> positions = Generate.range(0, Integer.MAX_VALUE);
        qt().withExamples(300)
                .forAll(ReviewGens.reviews(), positions)
                .check((review, position) -> {
                    String mutated = duplicateProperty(json.write(review), position);
                    try {
                        json.read(mutated);
                        return false;
                    } catch (ReviewFormatException e) {
                        return e.path().startsWith("$") && e.line() >= 1;
                    }
                });
    }

    @Test
    void read_documentWithANullInserted_isAlwaysRefused() {
        Gen<Integer> positions = Generate.range(0, Integer.MAX_VALUE);
        qt().withExamples(300)
                .forAll(ReviewGens.reviews(), positions)
                .check((review, position) -> {
                    try {
                        json.read(insertNull(json.write(review), position));
                        return false;
                    } catch (ReviewFormatException e) {
                        return e.found().equals("null") || e.expected().equals("well-formed JSON")
                                || e.found().startsWith("the end of");
                    }
                });
    }

    private boolean readsOrFailsCleanly(Reading reading) {
        try {
            reading.read();
            return true;
        } catch (ReviewFormatException e) {
            return e.path().startsWith("$")
                    && !e.getMessage().contains("\n")
                    && !e.expected().isEmpty()
                    && !e.found().isEmpty();
        }
    }

    private static String mutate(String document, int kind, int position, int choice) {
        int at = position % (document.length() + 1);
        return switch (kind) {
            case DROP_A_CHARACTER -> at == document.length()
                    ? document.substring(0, at - 1)
                    : document.substring(0, at) + document.substring(at + 1);
            case DUPLICATE_A_PROPERTY -> duplicateProperty(document, position);
            case INSERT_NULL -> insertNull(document, position);
            default -> document.substring(0, at) + NOISE.charAt(choice % NOISE.length())
                    + document.substring(at);
        };
    }

    /** Repeats one line holding a property with a one-line value, keeping the JSON valid. */
    private static String duplicateProperty(String document, int position) {
        List<String> lines = new ArrayList<>(document.lines().toList());
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (PROPERTY.matcher(line).lookingAt() && !line.endsWith("{") && !line.endsWith("[")) {
                candidates.add(i);
            }
        }
        int chosen = candidates.get(position % candidates.size());
        String line = lines.get(chosen);
        lines.add(chosen, line.endsWith(",") ? line : line + ",");
        return String.join("\n", lines);
    }

    /** Replaces one value after a colon or inside an array with null, keeping the JSON valid. */
    private static String insertNull(String document, int position) {
        List<String> lines = new ArrayList<>(document.lines().toList());
        List<Integer> candidates = new ArrayList<>();
        for (int i = 1; i < lines.size() - 1; i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("}") && !line.startsWith("]")) {
                candidates.add(i);
            }
        }
        int chosen = candidates.get(position % candidates.size());
        String line = lines.get(chosen);
        String stripped = line.strip();
        String indent = line.substring(0, line.indexOf(stripped));
        String comma = stripped.endsWith(",") || stripped.endsWith("{") || stripped.endsWith("[")
                ? "," : "";
        String replaced;
        Matcher property = PROPERTY.matcher(stripped);
        if (property.lookingAt()) {
            replaced = indent + property.group() + "null" + comma;
        } else {
            replaced = indent + "null" + comma;
        }
        if (stripped.endsWith("{") || stripped.endsWith("[")) {
            // The value spans lines: drop it up to its closing line.
            int depth = 0;
            int end = chosen;
            for (int i = chosen; i < lines.size(); i++) {
                String current = lines.get(i).strip();
                if (current.endsWith("{") || current.endsWith("[")) {
                    depth++;
                }
                if (current.startsWith("}") || current.startsWith("]")) {
                    depth--;
                }
                if (depth == 0) {
                    end = i;
                    break;
                }
            }
            String closing = lines.get(end).strip();
            replaced = replaced.substring(0, replaced.length() - comma.length())
                    + (closing.endsWith(",") ? "," : "");
            lines.subList(chosen, end + 1).clear();
            lines.add(chosen, replaced);
        } else {
            lines.set(chosen, replaced);
        }
        return String.join("\n", lines);
    }

    private static byte[] changeByte(byte[] document, int position, int choice) {
        byte[] changed = document.clone();
        changed[position % changed.length] = (byte) choice;
        return changed;
    }

    private byte[] utf8(ReviewCycle review) {
        return json.write(review).getBytes(StandardCharsets.UTF_8);
    }

    private ReviewCycle readBytes(byte[] document) {
        try {
            return json.read(new ByteArrayInputStream(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface Reading {

        void read();
    }
}
