package io.github.ismsreview.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.testing.ReviewGens;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReviewJsonStreamingProperties {

    private static final int COUNT = 1_000;

    private static final List<ReviewCycle> REVIEWS = new ArrayList<>();

    private final ReviewJson json = ReviewJson.create();

    @BeforeAll
    static void generateReviews() {
        qt().withFixedSeed(27001L).withExamples(COUNT).forAll(ReviewGens.reviews())
                .checkAssert(REVIEWS::add);
        // QuickTheories skips a value it has generated before, so a few may be missing.
        assertThat(REVIEWS).hasSizeGreaterThanOrEqualTo(COUNT - COUNT / 100);
    }

    @Test
    void readLines_writeLines_givesEqualReviewsInOrder() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        json.writeLines(REVIEWS, out);

        assertThat(readAll(json.readLines(new ByteArrayInputStream(out.toByteArray()))))
                .isEqualTo(REVIEWS);
    }

    @Test
    void readArray_writeArray_givesEqualReviewsInOrder() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        json.writeArray(REVIEWS, out);

        assertThat(readAll(json.readArray(new ByteArrayInputStream(out.toByteArray()))))
                .isEqualTo(REVIEWS);
    }

    @Test
    void writeLines_eachLine_readsAsTheSingleReview() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        json.writeLines(REVIEWS, out);

        List<ReviewCycle> read = new ArrayList<>();
        out.toString(StandardCharsets.UTF_8).lines()
                .forEach(line -> read.add(json.read(line)));
        assertThat(read).isEqualTo(REVIEWS);
    }

    @Test
    void writeArray_readArray_writeArray_givesTheSameBytes() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        json.writeArray(REVIEWS, first);

        ByteArrayOutputStream second = new ByteArrayOutputStream();
        json.writeArray(readAll(json.readArray(new ByteArrayInputStream(first.toByteArray()))),
                second);

        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    }

    private static List<ReviewCycle> readAll(ReviewIterator reviews) throws IOException {
        try (reviews) {
            List<ReviewCycle> read = new ArrayList<>();
            reviews.forEachRemaining(read::add);
            return read;
        }
    }
}
