package io.github.ismsreview.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ismsreview.edition.Edition;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewCycleTest {

    @Test
    void builder_acceptsADraftWithOnlyIdAndEdition() {
        ReviewCycle draft = ReviewCycle.builder()
                .id("MR-draft")
                .edition(Edition.ISO_IEC_27001_2022)
                .build();

        assertThat(draft.stage()).isEqualTo(ReviewStage.PLANNED);
        assertThat(draft.inputs()).isEmpty();
        assertThat(draft.protocol()).isEmpty();
        assertThat(draft.firstReview()).isFalse();
    }

    @Test
    void builder_namesTheMissingRequiredAttributes() {
        assertThatThrownBy(() -> ReviewCycle.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("id")
                .hasMessageContaining("edition");
    }

    @Test
    void builder_rejectsANullWithTheAttributesName() {
        assertThatThrownBy(() -> ReviewCycle.builder().organization((String) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("organization");
        assertThatThrownBy(() -> Action.builder().owner((String) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("owner");
    }

    @Test
    void reviews_compareByValue() {
        ReviewCycle one = ReviewCycle.builder().id("A").edition(Edition.ISO_IEC_27001_2005)
                .organization("Org").build();
        ReviewCycle two = ReviewCycle.builder().from(one).build();

        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
        assertThat(ReviewCycle.builder().from(one).organization(Optional.empty()).build())
                .isNotEqualTo(one);
    }

    @Test
    void inputsFor_returnsTheEntriesOfOneCategory() {
        ReviewCycle review = ReviewCycle.builder().id("A").edition(Edition.ISO_IEC_27001_2022)
                .addInput(InputEntry.addressed("changes-in-issues", "New regulator"))
                .addInput(InputEntry.nothingToReport("interested-party-feedback",
                        "None received"))
                .build();

        assertThat(review.inputsFor("changes-in-issues")).hasSize(1);
        assertThat(review.inputsFor("audit-result-trends")).isEmpty();
    }
}
