package io.github.ismsreview.json;

import io.github.ismsreview.model.ReviewCycle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a JSON Lines file of reviews in a JVM of its own, so that a test can give it a small
 * heap, and prints how many reviews it read and how much heap was in use after 10,000 reviews
 * and at the end, each measured after a garbage collection.
 *
 * <p>Output: {@code count=100000 heapAfter10000=... heapAtEnd=... millis=...}; exit status 2 if
 * a review is not the one expected at its place.
 */
final class StreamingMemoryProbe {

    static final int EARLY_COUNT = 10_000;

    private StreamingMemoryProbe() {
    }

    /** Reads the file named by the first argument. */
    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        long count = 0;
        long heapEarly = -1;
        try (InputStream in = Files.newInputStream(Path.of(args[0]));
                ReviewIterator reviews = ReviewJson.create().readLines(in)) {
            while (reviews.hasNext()) {
                ReviewCycle review = reviews.next();
                if (!review.id().equals("MR-" + count)) {
                    System.out.println("review " + count + " has the id " + review.id());
                    System.exit(2);
                }
                count++;
                if (count == EARLY_COUNT) {
                    heapEarly = usedHeapAfterGc();
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long heapAtEnd = usedHeapAfterGc();
        System.out.println("count=" + count + " heapAfter" + EARLY_COUNT + "=" + heapEarly
                + " heapAtEnd=" + heapAtEnd + " millis=" + millis);
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
