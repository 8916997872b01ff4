package io.github.ismsreview.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ismsreview.model.ReviewCycle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One validator shared by eight threads gives the results it gives on one thread. */
class HistoryValidationThreadSafetyTest {

    private static final int THREADS = 8;
    private static final int HISTORIES = 200;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void eightThreadsSharingOneValidator_getTheSingleThreadedResults() throws Exception {
        ReviewValidator validator = ReviewRulesTest.VALIDATOR;
        List<ReviewHistory> histories = new ArrayList<>();
        qt().withFixedSeed(20_260_401L).withExamples(HISTORIES)
                .forAll(ReviewHistoryProperties.histories())
                .check(history -> histories.add(history));
        List<ReviewCycle> reviews = histories.stream()
                .flatMap(history -> history.reviews().stream()).toList();
        List<HistoryReport> expectedHistories = histories.stream()
                .map(validator::validateHistory).toList();
        List<ValidationReport> expectedReviews = reviews.stream()
                .map(validator::validate).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                results.add(pool.submit(() -> {
                    start.await();
                    return sameResults(validator, histories, expectedHistories, reviews,
                            expectedReviews, new Random(seed));
                }));
            }
            start.countDown();
            for (Future<Boolean> result : results) {
                assertThat(result.get(50, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Validates everything in an order of its own and compares with the expected results. */
    private static boolean sameResults(ReviewValidator validator, List<ReviewHistory> histories,
            List<HistoryReport> expectedHistories, List<ReviewCycle> reviews,
            List<ValidationReport> expectedReviews, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < Math.max(histories.size(), reviews.size()); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        for (int i : order) {
            if (i < histories.size()
                    && !validator.validateHistory(histories.get(i))
                            .equals(expectedHistories.get(i))) {
                return false;
            }
            if (i < reviews.size() && !validator.validate(reviews.get(i))
                    .equals(expectedReviews.get(i))) {
                return false;
            }
        }
        return true;
    }
}
