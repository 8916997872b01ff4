package io.github.ismsreview.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.ismsreview.json.ReviewJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamplesTest {

    @TempDir
    Path dir;

    @Test
    void quickStartReturnsTheReportAndTheJson() {
        String output = QuickStart.run();

        assertThat(output).isNotBlank()
                .contains("Review MR-2026: ", "\"formatVersion\"", "audit-result-trends");
    }

    @Test
    void buildAndValidateRunsWithoutThrowing() {
        assertThatCode(() -> BuildAndValidate.main(new String[0])).doesNotThrowAnyException();
    }

    @Test
    void buildAndValidateBuildsAReviewWithoutErrors() {
        assertThat(BuildAndValidate.validator().validate(BuildAndValidate.review()).toText())
                .contains("Review MR-2026: 0 error(s)");
    }

    @Test
    void readValidateWriteWritesTheBundledExampleBackUnchanged() throws IOException {
        Path source = dir.resolve("source.json");
        Path target = dir.resolve("target.json");
        ReviewJson json = ReviewJson.create();
        try (InputStream in = ExamplesTest.class.getClassLoader()
                .getResourceAsStream(ReadValidateWrite.BUNDLED_EXAMPLE)) {
            assertThat(in).as(ReadValidateWrite.BUNDLED_EXAMPLE).isNotNull();
            json.write(json.read(in), source);
        }

        ReadValidateWrite.main(new String[] {source.toString(), target.toString()});

        assertThat(json.read(target)).isEqualTo(json.read(source));
    }
}
