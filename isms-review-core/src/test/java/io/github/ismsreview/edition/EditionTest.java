package io.github.ismsreview.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins each edition's letters, sub-items and clauses against the domain tables. */
class EditionTest {

    @Test
    void iso27001v2005_hasNineInputsLetteredAtoI_andTheGuideSkipsD() {
        List<InputCategory> inputs = Edition.ISO_IEC_27001_2005.inputs();

        assertThat(inputs).extracting(InputCategory::letter)
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i");
        assertThat(inputs).extracting(c -> c.guideLetter().orElseThrow())
                .containsExactly("a", "b", "c", "e", "f", "g", "h", "i", "j");
        assertThat(inputs.get(3).key()).isEqualTo("preventive-corrective-actions");
        assertThat(inputs.get(6).key()).isEqualTo("previous-review-actions");
        assertThat(inputs).allSatisfy(c -> assertThat(c.clause()).startsWith("7.2 "));
        assertThat(Edition.ISO_IEC_27001_2005.requiredInputs()).isEqualTo(inputs);
    }

    @Test
    void iso27001v2005_hasFiveOutputs_andOnlyCNamesAChangeDriver() {
        List<OutputCategory> outputs = Edition.ISO_IEC_27001_2005.outputs();

        assertThat(outputs).extracting(OutputCategory::letter)
                .containsExactly("a", "b", "c", "d", "e");
        assertThat(outputs).filteredOn(OutputCategory::namesChangeDriver)
                .extracting(OutputCategory::key)
                .containsExactly("procedure-control-changes");
        assertThat(Edition.ISO_IEC_27001_2005.intervalRequirement())
                .isEqualTo(IntervalRequirement.AT_LEAST_YEARLY);
    }

    @Test
    void iso27001v2022_hasSevenInputs_andDHasFourTrends() {
        Edition edition = Edition.ISO_IEC_27001_2022;

        assertThat(edition.inputs()).extracting(InputCategory::letter)
                .containsExactly("a", "b", "c", "d", "e", "f", "g");
        assertThat(edition.input("security-performance").orElseThrow().subItems())
                .extracting(InputCategory::letter, InputCategory::clause)
                .containsExactly(
                        tuple("d1", "9.3.2 d) 1)"),
                        tuple("d2", "9.3.2 d) 2)"),
                        tuple("d3", "9.3.2 d) 3)"),
                        tuple("d4", "9.3.2 d) 4)"));
        assertThat(edition.requiredInputs()).extracting(InputCategory::letter)
                .containsExactly("a", "b", "c", "d1", "d2", "d3", "d4", "e", "f", "g");
        assertThat(edition.input("objective-fulfilment-trends").orElseThrow().parentKey())
                .contains("security-performance");
        assertThat(edition.outputs()).extracting(OutputCategory::key)
                .containsExactly("improvement-opportunities", "isms-changes");
        assertThat(edition.intervalRequirement())
                .isEqualTo(IntervalRequirement.PLANNED_INTERVALS);
    }

    @Test
    void categoriesWithTheSameMeaning_shareTheirKeyAcrossEditions() {
        for (String key : List.of("previous-review-actions", "interested-party-feedback")) {
            assertThat(Edition.ISO_IEC_27001_2005.input(key)).isPresent();
            assertThat(Edition.ISO_IEC_27001_2022.input(key)).isPresent();
        }
        assertThat(Edition.ISO_IEC_27001_2005.input("previous-review-actions").orElseThrow()
                .letter()).isEqualTo("g");
        assertThat(Edition.ISO_IEC_27001_2022.input("previous-review-actions").orElseThrow()
                .letter()).isEqualTo("a");
    }

    @Test
    void clauses_areCitedWithTheEdition() {
        assertThat(Edition.ISO_IEC_27001_2005.clause(ClauseTopic.REVIEW_INTERVAL))
                .isEqualTo("ISO/IEC 27001:2005 7.1");
        assertThat(Edition.ISO_IEC_27001_2022.clause(ClauseTopic.REVIEW_OUTPUTS))
                .isEqualTo("ISO/IEC 27001:2022 9.3.3");
    }

    @Test
    void fromKey_findsEveryEdition_andNamesTheKnownKeysForAnUnknownOne() {
        for (Edition edition : Edition.all()) {
            assertThat(Edition.fromKey(edition.key())).isSameAs(edition);
        }
        assertThatThrownBy(() -> Edition.fromKey("iso-9001-2015"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown edition 'iso-9001-2015'; known editions are"
                        + " [iso-iec-27001-2005, iso-iec-27001-2022]");
    }
}
