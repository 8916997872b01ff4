package io.github.ismsreview.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.testing.SampleReviews;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads 100,000 reviews of realistic size (about 4.5 KB each) from JSON Lines in a JVM with a
 * 64 MiB heap: the file alone is about seven times that size, so the reviews cannot all be held.
 */
class ReviewJsonStreamingMemoryTest {

    private static final int COUNT = 100_000;
    private static final String HEAP = "64m";
    private static final long HEAP_GROWTH_ALLOWED = 4L * 1024 * 1024;

    private static final Pattern RESULT = Pattern.compile(
            "count=(\\d+) heapAfter10000=(\\d+) heapAtEnd=(\\d+) millis=(\\d+)");

    @TempDir
    Path directory;

    @Test
    void readLines_100000Reviews_runInASmallHeapThatDoesNotGrow() throws Exception {
        Path file = directory.resolve("reviews.jsonl");
        long writeStart = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            ReviewJson.create().writeLines(reviews(COUNT), out);
        }
        long writeMillis = (System.nanoTime() - writeStart) / 1_000_000;

        long readStart = System.nanoTime();
        Process probe = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP, "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                StreamingMemoryProbe.class.getName(), file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(probe.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        boolean exited = probe.waitFor(120, TimeUnit.SECONDS);
        long childMillis = (System.nanoTime() - readStart) / 1_000_000;

        System.out.printf("wrote %d reviews, %d bytes, in %d ms; child JVM -Xmx%s ran %d ms: %s%n",
                COUNT, Files.size(file), writeMillis, HEAP, childMillis, output.strip());
        assertThat(exited).as("the probe exited").isTrue();
        assertThat(probe.exitValue()).as(output).isZero();
        Matcher result = RESULT.matcher(output);
        assertThat(result.find()).as(output).isTrue();
        assertThat(Long.parseLong(result.group(1))).isEqualTo(COUNT);
        long heapEarly = Long.parseLong(result.group(2));
        long heapAtEnd = Long.parseLong(result.group(3));
        assertThat(heapAtEnd).as("heap in use after %d reviews, against %d after %d", COUNT,
                heapEarly, StreamingMemoryProbe.EARLY_COUNT)
                .isLessThan(heapEarly + HEAP_GROWTH_ALLOWED);
    }

    /** Returns the reviews, made one at a time as they are iterated, none of them kept. */
    private static Iterable<ReviewCycle> reviews(int count) {
        List<ReviewCycle> samples = List.of(SampleReviews.complete2022(),
                SampleReviews.complete2005());
        return () -> IntStream.range(0, count)
                .mapToObj(i -> ReviewCycle.builder().from(samples.get(i % 2)).id("MR-" + i)
                        .build())
                .iterator();
    }
}
