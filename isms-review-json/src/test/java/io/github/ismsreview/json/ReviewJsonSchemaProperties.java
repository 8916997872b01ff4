package io.github.ismsreview.json;

import static org.quicktheories.QuickTheory.qt;

import io.github.ismsreview.testing.ReviewGens;
import org.junit.jupiter.api.Test;

class ReviewJsonSchemaProperties {

    private final ReviewJson json = ReviewJson.create();

    @Test
    void write_givesADocumentTheSchemaAccepts() {
        qt().withExamples(300)
                .forAll(ReviewGens.reviews())
                .check(review -> SchemaValidation.assertingFormats()
                        .errors(json.write(review)).isEmpty());
    }

    @Test
    void write_givesADocumentTheSchemaAcceptsWithFormatsAsAnnotations() {
        qt().withExamples(100)
                .forAll(ReviewGens.reviews())
                .check(review -> SchemaValidation.annotatingFormats()
                        .errors(json.write(review)).isEmpty());
    }
}
