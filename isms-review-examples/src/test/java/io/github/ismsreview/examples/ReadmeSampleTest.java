package io.github.ismsreview.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Holds the README's code sample to the compiled and tested body of {@link QuickStart#run()}. */
class ReadmeSampleTest {

    @Test
    void readmeSample_isTheBodyOfQuickStartRun() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String source = Files.readString(
                Path.of("src/main/java/io/github/ismsreview/examples/QuickStart.java"),
                StandardCharsets.UTF_8);

        String body = source.substring(
                source.indexOf("        ReviewCycle review = ReviewCycle.builder()"),
                source.indexOf("\n", source.indexOf("        return report.toText()")));
        String sample = body.lines()
                .map(line -> line.length() >= 8 ? line.substring(8) : line)
                .collect(Collectors.joining("\n"));

        assertThat(readme).contains("## In code\n\n```java\n" + sample + "\n```");
        assertThat(QuickStart.run()).contains("Review MR-2026", "\"formatVersion\"");
    }
}
