package io.github.ismsreview.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.model.ReviewCycle;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewGensTest {

    @Test
    void reviews_coverEveryEditionIntegratedReviewsDraftsAndFullRecords() {
        List<ReviewCycle> reviews = new ArrayList<>();
        qt().withFixedSeed(1L).withExamples(300).forAll(ReviewGens.reviews())
                .check(review -> reviews.add(review));

        assertThat(reviews).extracting(ReviewCycle::edition)
                .containsAll(Edition.all());
        assertThat(reviews).anyMatch(review -> review.alsoCovers().size() == 1);
        assertThat(reviews).anyMatch(review -> review.alsoCovers().size() == 2);
        assertThat(reviews).anyMatch(review -> review.protocol().isEmpty()
                && review.inputs().isEmpty());
        assertThat(reviews).anyMatch(review -> review.protocol()
                .flatMap(protocol -> protocol.signature())
                .flatMap(signature -> signature.signedAt())
                .isPresent());
        assertThat(reviews).anyMatch(review -> review.decisions().stream()
                .anyMatch(decision -> !decision.actions().isEmpty()));
    }

    @Test
    void dates_stayInRangeAndHitTheEdgesOfTheYear() {
        Set<String> edges = new HashSet<>();
        qt().withFixedSeed(2L).withExamples(500).forAll(ReviewGens.dates()).check(date -> {
            if (date.getMonth() == Month.FEBRUARY && date.getDayOfMonth() == 29) {
                edges.add("02-29");
            }
            if (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 31) {
                edges.add("12-31");
            }
            if (date.getMonth() == Month.JANUARY && date.getDayOfMonth() == 1) {
                edges.add("01-01");
            }
            return !date.isBefore(LocalDate.of(1999, 1, 1))
                    && !date.isAfter(LocalDate.of(2101, 12, 31));
        });

        assertThat(edges).containsExactlyInAnyOrder("02-29", "12-31", "01-01");
    }
}
