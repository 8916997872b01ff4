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
        assertThatThrownBy(() -> Edition.fromKey("iso-iec-42001-2023"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown edition 'iso-iec-42001-2023'; known editions are"
                        + " [iso-iec-27001-2005, iso-iec-27001-2013, iso-iec-27001-2022,"
                        + " harmonized-structure, iso-9001-2015, iso-14001-2015]");
    }

    @Test
    void all_listsSixEditions_byStandardAndOldestFirst() {
        assertThat(Edition.all()).extracting(Edition::standard, Edition::title)
                .containsExactly(
                        tuple("ISO/IEC 27001", "ISO/IEC 27001:2005"),
                        tuple("ISO/IEC 27001", "ISO/IEC 27001:2013"),
                        tuple("ISO/IEC 27001", "ISO/IEC 27001:2022"),
                        tuple("HS", "Harmonized Structure"),
                        tuple("ISO 9001", "ISO 9001:2015"),
                        tuple("ISO 14001", "ISO 14001:2015"));
        assertThat(Edition.knownKeys()).containsExactly("iso-iec-27001-2005",
                "iso-iec-27001-2013", "iso-iec-27001-2022", "harmonized-structure",
                "iso-9001-2015", "iso-14001-2015");
    }

    @Test
    void everyEditionButTheFirst_leavesTheIntervalToThePlan() {
        assertThat(Edition.all()).filteredOn(
                        e -> e.intervalRequirement() == IntervalRequirement.AT_LEAST_YEARLY)
                .containsExactly(Edition.ISO_IEC_27001_2005);
    }

    @Test
    void everyEdition_mapsEveryClauseTopic() {
        for (Edition edition : Edition.all()) {
            for (ClauseTopic topic : ClauseTopic.values()) {
                assertThat(edition.clause(topic)).as("%s %s", edition, topic)
                        .matches("\\Q" + edition.title() + "\\E (7\\.[123]|9\\.3(\\.[123])?)");
            }
        }
        assertThat(Edition.ISO_IEC_27001_2013.clause(ClauseTopic.REVIEW_INPUTS))
                .isEqualTo("ISO/IEC 27001:2013 9.3");
        assertThat(Edition.ISO_9001_2015.clause(ClauseTopic.REVIEW_INTERVAL))
                .isEqualTo("ISO 9001:2015 9.3.1");
        assertThat(Edition.HARMONIZED_STRUCTURE.clause(ClauseTopic.REVIEW_INPUTS))
                .isEqualTo("Harmonized Structure 9.3.2");
        assertThat(Edition.ISO_14001_2015.clause(ClauseTopic.REVIEW_OUTPUTS))
                .isEqualTo("ISO 14001:2015 9.3");
    }

    @Test
    void iso27001v2013_hasSixInputs_andCHasFourTrends() {
        Edition edition = Edition.ISO_IEC_27001_2013;

        assertThat(edition.inputs()).extracting(InputCategory::letter, InputCategory::key)
                .containsExactly(
                        tuple("a", "previous-review-actions"),
                        tuple("b", "changes-in-issues"),
                        tuple("c", "security-performance"),
                        tuple("d", "interested-party-feedback"),
                        tuple("e", "risk-assessment-results"),
                        tuple("f", "improvement-opportunities"));
        assertThat(edition.input("security-performance").orElseThrow().subItems())
                .extracting(InputCategory::letter, InputCategory::clause, InputCategory::key)
                .containsExactly(
                        tuple("c1", "9.3 c) 1)", "nonconformity-trends"),
                        tuple("c2", "9.3 c) 2)", "measurement-trends"),
                        tuple("c3", "9.3 c) 3)", "audit-result-trends"),
                        tuple("c4", "9.3 c) 4)", "objective-fulfilment-trends"));
        assertThat(edition.requiredInputs()).extracting(InputCategory::letter)
                .containsExactly("a", "b", "c1", "c2", "c3", "c4", "d", "e", "f");
        assertThat(edition.input("changes-in-interested-party-needs")).isEmpty();
        assertThat(edition.outputs()).extracting(OutputCategory::key, OutputCategory::clause)
                .containsExactly(tuple("improvement-opportunities", "9.3"),
                        tuple("isms-changes", "9.3"));
    }

    @Test
    void harmonizedStructure_hasFiveInputs_andDHasThreeTrends() {
        Edition edition = Edition.HARMONIZED_STRUCTURE;

        assertThat(edition.requiredInputs())
                .extracting(InputCategory::letter, InputCategory::clause, InputCategory::key)
                .containsExactly(
                        tuple("a", "9.3.2 a)", "previous-review-actions"),
                        tuple("b", "9.3.2 b)", "changes-in-issues"),
                        tuple("c", "9.3.2 c)", "changes-in-interested-party-needs"),
                        tuple("d1", "9.3.2 d) 1)", "nonconformity-trends"),
                        tuple("d2", "9.3.2 d) 2)", "measurement-trends"),
                        tuple("d3", "9.3.2 d) 3)", "audit-result-trends"),
                        tuple("e", "9.3.2 e)", "improvement-opportunities"));
        assertThat(edition.outputs()).extracting(OutputCategory::key)
                .containsExactly("improvement-opportunities", "system-changes");
    }

    @Test
    void iso9001v2015_hasSixInputs_cHasSevenTrends_andThreeLetteredOutputs() {
        Edition edition = Edition.ISO_9001_2015;

        assertThat(edition.inputs()).extracting(InputCategory::letter)
                .containsExactly("a", "b", "c", "d", "e", "f");
        assertThat(edition.input("quality-performance").orElseThrow().subItems())
                .extracting(InputCategory::letter, InputCategory::clause, InputCategory::key)
                .containsExactly(
                        tuple("c1", "9.3.2 c) 1)", "customer-satisfaction-trends"),
                        tuple("c2", "9.3.2 c) 2)", "objective-fulfilment-trends"),
                        tuple("c3", "9.3.2 c) 3)", "process-conformity-trends"),
                        tuple("c4", "9.3.2 c) 4)", "nonconformity-trends"),
                        tuple("c5", "9.3.2 c) 5)", "measurement-trends"),
                        tuple("c6", "9.3.2 c) 6)", "audit-result-trends"),
                        tuple("c7", "9.3.2 c) 7)", "external-provider-performance-trends"));
        assertThat(edition.input("resource-adequacy").orElseThrow().clause())
                .isEqualTo("9.3.2 d)");
        assertThat(edition.input("improvement-opportunities").orElseThrow().clause())
                .isEqualTo("9.3.2 f)");
        assertThat(edition.outputs())
                .extracting(OutputCategory::letter, OutputCategory::clause, OutputCategory::key)
                .containsExactly(
                        tuple("a", "9.3.3 a)", "improvement-opportunities"),
                        tuple("b", "9.3.3 b)", "system-changes"),
                        tuple("c", "9.3.3 c)", "resource-needs"));
    }

    @Test
    void iso14001v2015_hasSevenInputs_bAndDHaveFourSubItems_andSixUnletteredOutputs() {
        Edition edition = Edition.ISO_14001_2015;

        assertThat(edition.inputs()).extracting(InputCategory::letter)
                .containsExactly("a", "b", "c", "d", "e", "f", "g");
        assertThat(edition.input("changes-in-context").orElseThrow().subItems())
                .extracting(InputCategory::letter, InputCategory::clause, InputCategory::key)
                .containsExactly(
                        tuple("b1", "9.3 b) 1)", "changes-in-issues"),
                        tuple("b2", "9.3 b) 2)", "changes-in-interested-party-needs"),
                        tuple("b3", "9.3 b) 3)", "significant-aspect-changes"),
                        tuple("b4", "9.3 b) 4)", "risk-opportunity-changes"));
        assertThat(edition.input("environmental-performance").orElseThrow().subItems())
                .extracting(InputCategory::letter, InputCategory::clause, InputCategory::key)
                .containsExactly(
                        tuple("d1", "9.3 d) 1)", "nonconformity-trends"),
                        tuple("d2", "9.3 d) 2)", "measurement-trends"),
                        tuple("d3", "9.3 d) 3)", "compliance-fulfilment-trends"),
                        tuple("d4", "9.3 d) 4)", "audit-result-trends"));
        assertThat(edition.requiredInputs()).extracting(InputCategory::letter)
                .containsExactly("a", "b1", "b2", "b3", "b4", "c", "d1", "d2", "d3", "d4", "e",
                        "f", "g");
        assertThat(edition.outputs()).extracting(OutputCategory::letter).containsOnly("");
        assertThat(edition.outputs()).extracting(OutputCategory::key).containsExactly(
                "suitability-conclusions", "improvement-opportunities", "system-changes",
                "objective-shortfall-actions", "business-integration", "strategic-direction");
    }

    @Test
    void sharedKeys_meanTheSameInEveryEditionThatHasThem() {
        for (String key : List.of("previous-review-actions", "changes-in-issues",
                "nonconformity-trends", "measurement-trends", "audit-result-trends")) {
            for (Edition edition : Edition.all().subList(1, Edition.all().size())) {
                assertThat(edition.input(key)).as("%s in %s", key, edition).isPresent();
            }
        }
        assertThat(Edition.ISO_9001_2015.input("resource-adequacy")).isPresent();
        assertThat(Edition.ISO_14001_2015.input("resource-adequacy")).isPresent();
        assertThat(Edition.ISO_9001_2015.output("resource-needs").orElseThrow().title())
                .isEqualTo(Edition.ISO_IEC_27001_2005.output("resource-needs").orElseThrow()
                        .title());
        assertThat(Edition.all()).filteredOn(e -> e.output("improvement-opportunities")
                        .isPresent())
                .hasSize(5);
    }
}
