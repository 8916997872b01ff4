package io.github.ismsreview.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.json.ReviewJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Holds the README's migration sample to {@link MigrationExample} and runs it. */
class MigrationExampleTest {

    @TempDir
    Path dir;

    @Test
    void readmeMigrationSample_isTheBodyOfMigrationExampleRun() throws IOException {
        String source = Files.readString(
                Path.of("src/main/java/io/github/ismsreview/examples/MigrationExample.java"),
                StandardCharsets.UTF_8);
        String first = "        ReviewJson json = ReviewJson.create();";
        String last = "                .collect(Collectors.joining(\"\\n\"));";
        String body = source.substring(source.indexOf(first), source.indexOf(last) + last.length())
                .lines()
                .map(line -> line.length() >= 8 ? line.substring(8) : line)
                .collect(Collectors.joining("\n"));

        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);

        assertThat(readme).contains("## Migration").contains("```java\n" + body + "\n```");
    }

    @Test
    void migrationExample_writesA2022ReviewAndReturnsTheNotesToCheck() throws IOException {
        ReviewJson json = ReviewJson.create();
        Path source = dir.resolve("review-2013.json");
        Path target = dir.resolve("review-2022.json");
        json.write(RealReviewsTest.read("upm-2019-01-16"), source);

        String notes = MigrationExample.run(source, target);

        assertThat(json.read(target).edition()).isSameAs(Edition.ISO_IEC_27001_2022);
        assertThat(notes.lines()).hasSize(8)
                .first().asString().startsWith("NOT_IN_SOURCE changes-in-interested-party-needs");
    }
}
