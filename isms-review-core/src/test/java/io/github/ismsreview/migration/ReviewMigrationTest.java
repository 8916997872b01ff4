package io.github.ismsreview.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.migration.MigrationNote.Kind;
import io.github.ismsreview.model.ChangeDriver;
import io.github.ismsreview.model.Decision;
import io.github.ismsreview.model.Evidence;
import io.github.ismsreview.model.InputEntry;
import io.github.ismsreview.model.InputStatus;
import io.github.ismsreview.model.Protocol;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.Signature;
import io.github.ismsreview.testing.SampleReviews;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReviewMigrationTest {

    @Test
    void a2022Review_comesBackUnchangedWithoutNotes() {
        ReviewCycle review = SampleReviews.complete2022();

        MigrationResult result = ReviewMigration.toIso27001v2022(review);

        assertThat(result.review()).isSameAs(review);
        assertThat(result.notes()).isEmpty();
        assertThat(result.needsAttention()).isFalse();
    }

    @Test
    void anotherStandard_isRefusedNamingItAndTheSupportedEditions() {
        ReviewCycle review = ReviewCycle.builder()
                .id("QMR-1")
                .edition(Edition.ISO_9001_2015)
                .build();

        assertThatThrownBy(() -> ReviewMigration.toIso27001v2022(review))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot migrate review 'QMR-1' of ISO 9001:2015 (iso-9001-2015) to"
                        + " ISO/IEC 27001:2022; supported are iso-iec-27001-2005,"
                        + " iso-iec-27001-2013 and iso-iec-27001-2022 (returned unchanged)");
    }

    @Test
    void every2005Input_goesToTheCategoryOfTheSameMeaning() {
        MigrationResult result = ReviewMigration.toIso27001v2022(SampleReviews.complete2005());

        Map<String, String> summaryByCategory = result.review().inputs().stream()
                .collect(Collectors.toMap(InputEntry::category,
                        input -> input.summary().orElseThrow()));
        assertThat(summaryByCategory).containsOnlyKeys(
                "audit-result-trends", "interested-party-feedback", "improvement-opportunities",
                "nonconformity-trends", "risk-assessment-results", "measurement-trends",
                "previous-review-actions", "changes-in-issues");
        assertThat(summaryByCategory.get("audit-result-trends"))
                .isEqualTo("Summary of Results of ISMS audits and reviews");
        assertThat(summaryByCategory.get("nonconformity-trends"))
                .isEqualTo("Summary of Status of preventive and corrective actions");
        assertThat(summaryByCategory.get("risk-assessment-results")).isEqualTo(
                "Summary of Vulnerabilities or threats the last risk assessment did not cover"
                        + " well");
        assertThat(summaryByCategory.get("measurement-trends"))
                .isEqualTo("Summary of Results of effectiveness measurements");
        assertThat(summaryByCategory.get("changes-in-issues"))
                .isEqualTo("Summary of Changes that could affect the ISMS");
        assertThat(result.review().edition()).isSameAs(Edition.ISO_IEC_27001_2022);
    }

    @Test
    void improvementTechniquesAndRecommendations_areMergedKeepingBothSummariesAndAllEvidence() {
        ReviewCycle review = ReviewCycle.builder()
                .id("MR-2009")
                .edition(Edition.ISO_IEC_27001_2005)
                .addInput(InputEntry.builder()
                        .category("improvement-techniques")
                        .status(InputStatus.ADDRESSED)
                        .summary("A SIEM product could shorten detection")
                        .addEvidence(Evidence.of("Market study"))
                        .preparedBy("ISMS Manager")
                        .build())
                .addInput(InputEntry.addressed("audit-results", "Two minor findings"))
                .addInput(InputEntry.builder()
                        .category("improvement-recommendations")
                        .status(InputStatus.ADDRESSED)
                        .summary("Train the help desk on phishing")
                        .addEvidence(Evidence.of("Incident report 12"))
                        .addEvidence(Evidence.of("Market study"))
                        .preparedBy("ISMS Manager")
                        .build())
                .build();

        MigrationResult result = ReviewMigration.toIso27001v2022(review);

        assertThat(result.review().inputs()).containsExactly(
                InputEntry.builder()
                        .category("improvement-opportunities")
                        .status(InputStatus.ADDRESSED)
                        .summary("7.2 c) improvement-techniques: A SIEM product could shorten"
                                + " detection\n7.2 i) improvement-recommendations: Train the"
                                + " help desk on phishing")
                        .addEvidence(Evidence.of("Market study"))
                        .addEvidence(Evidence.of("Incident report 12"))
                        .preparedBy("ISMS Manager")
                        .build(),
                InputEntry.addressed("audit-result-trends", "Two minor findings"));
        assertThat(result.notes(Kind.MERGED)).singleElement()
                .satisfies(note -> {
                    assertThat(note.key()).isEqualTo("improvement-opportunities");
                    assertThat(note.clause()).isEqualTo("9.3.2 g)");
                    assertThat(note.message()).contains(
                            "7.2 c) 'improvement-techniques' (1 entry) and 7.2 i)"
                                    + " 'improvement-recommendations' (1 entry)");
                });
    }

    @Test
    void aNothingToReportPart_keepsItsReasonInTheMergedSummary() {
        ReviewCycle review = ReviewCycle.builder()
                .id("MR-2009")
                .edition(Edition.ISO_IEC_27001_2005)
                .addInput(InputEntry.nothingToReport("improvement-techniques",
                        "No new products looked at"))
                .addInput(InputEntry.addressed("improvement-recommendations", "Train staff"))
                .build();

        InputEntry merged = ReviewMigration.toIso27001v2022(review).review().inputs().get(0);

        assertThat(merged.status()).isEqualTo(InputStatus.ADDRESSED);
        assertThat(merged.summary()).contains("7.2 i) improvement-recommendations: Train staff"
                + "\n7.2 c) improvement-techniques, nothing to report: No new products looked at");
        assertThat(merged.reason()).isEmpty();
    }

    @Test
    void a2005Review_reportsEveryLossAndChangeOfMeaning() {
        MigrationResult result = ReviewMigration.toIso27001v2022(SampleReviews.complete2005());

        assertThat(result.needsAttention()).isTrue();
        assertThat(keysOf(result, Kind.MEANING_CHANGED)).containsExactly(
                "nonconformity-trends", "measurement-trends", "audit-result-trends",
                "risk-assessment-results");
        assertThat(keysOf(result, Kind.SPLIT_NEEDED)).containsExactly("changes-in-issues");
        assertThat(keysOf(result, Kind.NOT_IN_SOURCE)).containsExactly(
                "changes-in-interested-party-needs", "objective-fulfilment-trends");
        assertThat(keysOf(result, Kind.MERGED)).containsExactly("improvement-opportunities");
        assertThat(keysOf(result, Kind.NOT_IN_RECORD)).isEmpty();
        assertThat(result.notes(Kind.MEANING_CHANGED).get(0).message()).isEqualTo(
                "ISO/IEC 27001:2005 7.2 d) 'preventive-corrective-actions' is now 9.3.2 d) 1)"
                        + " 'nonconformity-trends': 2005 asked for the status of preventive and"
                        + " corrective actions, 2022 asks for the trend in nonconformities and"
                        + " corrective actions; a status is not a trend, and preventive actions"
                        + " have no input of their own since 2013, where risk treatment took"
                        + " their place");
    }

    @Test
    void theNewInputC_isNotInSourceAndMentionsTheClimateAmendment() {
        MigrationResult result = ReviewMigration.toIso27001v2022(SampleReviews.complete2005());

        MigrationNote note = result.notes(Kind.NOT_IN_SOURCE).get(0);

        assertThat(note.key()).isEqualTo("changes-in-interested-party-needs");
        assertThat(note.clause()).isEqualTo("9.3.2 c)");
        assertThat(note.message()).contains("Amendment 1 (2024)", "climate",
                "9.3.2 b) 'changes-in-issues'", "the old record does not say");
    }

    @Test
    void a2005Decision_getsA2022CategoryAndKeepsItsCategoryAsClassificationAndItsDrivers() {
        MigrationResult result = ReviewMigration.toIso27001v2022(SampleReviews.complete2005());

        List<Decision> decisions = result.review().decisions();
        assertThat(decisions).extracting(d -> d.category().orElseThrow()).containsExactly(
                "improvement-opportunities", "isms-changes", "isms-changes", "isms-changes",
                "improvement-opportunities");
        assertThat(decisions).extracting(d -> d.classification().orElseThrow()).containsExactly(
                "isms-effectiveness-improvement", "risk-assessment-update",
                "procedure-control-changes", "resource-needs", "control-measurement-improvement");
        assertThat(decisions.get(2).drivers())
                .containsExactly(ChangeDriver.REGULATORY_OR_LEGAL_REQUIREMENTS);
        assertThat(decisions.get(3).resources())
                .isEqualTo(SampleReviews.complete2005().decisions().get(3).resources());
        assertThat(result.notes()).filteredOn(note -> note.message().startsWith("decision 'D-3'"))
                .singleElement()
                .extracting(MigrationNote::message)
                .isEqualTo("decision 'D-3': ISO/IEC 27001:2005 7.3 c) 'procedure-control-changes'"
                        + " is now 'isms-changes'; the 2005 category is kept as its"
                        + " classification, and its drivers (regulatory-or-legal-requirements)"
                        + " stay");
    }

    @Test
    void everythingElse_isCarriedOverAndTheDescriptionGainsOneSentence() {
        ReviewCycle source = ReviewCycle.builder().from(SampleReviews.complete2005())
                .description("Encoded from the 2009 minutes.")
                .build();

        ReviewCycle migrated = ReviewMigration.toIso27001v2022(source).review();

        assertThat(migrated.description()).contains("Encoded from the 2009 minutes. Migrated"
                + " from ISO/IEC 27001:2005 to the ISO/IEC 27001:2022 structure by isms-review;"
                + " the source record remains the evidence of the meeting, and the migration"
                + " notes say what moved, merged or is missing.");
        assertThat(ReviewCycle.builder().from(migrated)
                .edition(source.edition())
                .inputs(source.inputs())
                .decisions(source.decisions())
                .description(source.description().orElseThrow())
                .build())
                .isEqualTo(source);
    }

    @Test
    void a2013Review_keepsEveryEntryAndDecisionEqualToItself() {
        ReviewCycle source = complete2013();

        MigrationResult result = ReviewMigration.toIso27001v2022(source);

        assertThat(result.review().inputs()).isEqualTo(source.inputs());
        assertThat(result.review().decisions()).isEqualTo(source.decisions());
        assertThat(ReviewCycle.builder().from(result.review())
                .edition(Edition.ISO_IEC_27001_2013)
                .description(source.description())
                .build())
                .isEqualTo(source);
    }

    @Test
    void a2013Review_isOnlyMissingTheNewInputC() {
        MigrationResult result = ReviewMigration.toIso27001v2022(complete2013());

        assertThat(result.notes()).filteredOn(note -> note.kind().needsAttention())
                .extracting(MigrationNote::key)
                .containsExactly("changes-in-interested-party-needs");
        assertThat(result.notes(Kind.CARRIED_OVER)).filteredOn(
                        note -> note.key().equals("interested-party-feedback"))
                .singleElement()
                .extracting(MigrationNote::message)
                .isEqualTo("ISO/IEC 27001:2013 9.3 d) 'interested-party-feedback' is 9.3.2 e) in"
                        + " ISO/IEC 27001:2022: the same key and meaning, one letter later, e)"
                        + " instead of d), because 2022 inserted the new input c)");
    }

    @Test
    void anInputTheRecordLacks_isNamedAsNotInRecord() {
        ReviewCycle review = ReviewCycle.builder().from(complete2013())
                .inputs(complete2013().inputs().stream()
                        .filter(input -> !input.category().equals("risk-assessment-results"))
                        .toList())
                .build();

        MigrationResult result = ReviewMigration.toIso27001v2022(review);

        assertThat(result.notes(Kind.NOT_IN_RECORD)).containsExactly(MigrationNote.of(
                Kind.NOT_IN_RECORD, "risk-assessment-results", "9.3.2 f)",
                "the record has no entry for ISO/IEC 27001:2013 9.3 e) 'risk-assessment-results',"
                        + " so 9.3.2 f) 'risk-assessment-results' has none either"));
    }

    @Test
    void unknownCategories_areKeptAsTheyAreWithANote() {
        ReviewCycle review = ReviewCycle.builder()
                .id("MR-2009")
                .edition(Edition.ISO_IEC_27001_2005)
                .addInput(InputEntry.addressed("audit", "Typo in the key"))
                .addDecision(Decision.builder().id("D-9").category("isms-changes").build())
                .build();

        MigrationResult result = ReviewMigration.toIso27001v2022(review);

        assertThat(result.review().inputs()).containsExactlyElementsOf(review.inputs());
        assertThat(result.review().decisions()).containsExactlyElementsOf(review.decisions());
        assertThat(result.notes(Kind.UNKNOWN_CATEGORY)).extracting(MigrationNote::toString)
                .containsExactly(
                        "UNKNOWN_CATEGORY inputs[0] (9.3.2): input 'audit' is not a category of"
                                + " ISO/IEC 27001:2005; it was kept as it is",
                        "UNKNOWN_CATEGORY decisions[0] (9.3.3): decision 'D-9' has the output"
                                + " category 'isms-changes', which is not one of ISO/IEC"
                                + " 27001:2005; it was kept as it is");
    }

    @Test
    void aStoredContentDigest_isKeptAndReportedAsStale() {
        ReviewCycle source = SampleReviews.complete2005();
        Protocol protocol = source.protocol().orElseThrow();
        String digest = "sha-256:" + "0".repeat(64);
        ReviewCycle signed = ReviewCycle.builder().from(source)
                .protocol(Protocol.builder().from(protocol)
                        .signature(Signature.builder().from(protocol.signature().orElseThrow())
                                .contentDigest(digest)
                                .build())
                        .build())
                .build();

        MigrationResult result = ReviewMigration.toIso27001v2022(signed);

        assertThat(result.review().protocol()).isEqualTo(signed.protocol());
        assertThat(result.notes(Kind.DIGEST_STALE)).singleElement()
                .satisfies(note -> {
                    assertThat(note.key()).isEqualTo("protocol.signature.contentDigest");
                    assertThat(note.message()).contains(digest);
                });
    }

    @Test
    void a2005Classification_thatDiffersFromTheCategory_isReplacedAndReportedAsDropped() {
        ReviewCycle review = ReviewCycle.builder()
                .id("MR-2009")
                .edition(Edition.ISO_IEC_27001_2005)
                .addDecision(Decision.builder()
                        .category("resource-needs")
                        .classification("risk-assessment-update")
                        .build())
                .build();

        MigrationResult result = ReviewMigration.toIso27001v2022(review);

        assertThat(result.review().decisions().get(0).classification()).contains("resource-needs");
        assertThat(result.notes(Kind.DROPPED)).singleElement()
                .extracting(MigrationNote::message)
                .isEqualTo("decisions[0] had the classification 'risk-assessment-update', which a"
                        + " 2005 decision does not use; it was replaced by its 2005 category"
                        + " 'resource-needs'");
    }

    @Test
    void anIntegratedReviewThatAlsoCovered2022_hasItAsPrimaryAndKeepsTheOtherStandards() {
        ReviewCycle review = ReviewCycle.builder().from(complete2013())
                .addAlsoCovers(Edition.ISO_9001_2015, Edition.ISO_IEC_27001_2022)
                .build();

        MigrationResult result = ReviewMigration.toIso27001v2022(review);

        assertThat(result.review().edition()).isSameAs(Edition.ISO_IEC_27001_2022);
        assertThat(result.review().alsoCovers()).containsExactly(Edition.ISO_9001_2015);
        assertThat(result.notes()).last().hasToString("CARRIED_OVER alsoCovers (9.3.1): the"
                + " review also covered ISO/IEC 27001:2022, which is now its primary edition, so"
                + " it was taken off alsoCovers");
    }

    /** Returns a complete 2013 review: the complete 2022 one without the input 2013 lacks. */
    static ReviewCycle complete2013() {
        ReviewCycle complete = SampleReviews.complete2022();
        return ReviewCycle.builder().from(complete)
                .id("MR-2018")
                .edition(Edition.ISO_IEC_27001_2013)
                .description("A 2013 review")
                .inputs(complete.inputs().stream()
                        .filter(input -> !input.category()
                                .equals("changes-in-interested-party-needs"))
                        .toList())
                .build();
    }

    private static List<String> keysOf(MigrationResult result, Kind kind) {
        return result.notes(kind).stream().map(MigrationNote::key).toList();
    }
}
