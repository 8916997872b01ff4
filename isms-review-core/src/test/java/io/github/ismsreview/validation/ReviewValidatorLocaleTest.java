package io.github.ismsreview.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.model.Action;
import io.github.ismsreview.model.ActionFollowUp;
import io.github.ismsreview.model.ActionStatus;
import io.github.ismsreview.model.Decision;
import io.github.ismsreview.model.InputEntry;
import io.github.ismsreview.model.InputStatus;
import io.github.ismsreview.model.PreviousReview;
import io.github.ismsreview.model.Protocol;
import io.github.ismsreview.model.Resources;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import io.github.ismsreview.model.Signature;
import io.github.ismsreview.testing.SampleReviews;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Tests that the validator writes its messages in its locale, and only its messages. */
class ReviewValidatorLocaleTest {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);

    private static final String HOSTILE = "${7*7} {heldOn} {0}";

    private static ReviewValidator validator(Locale locale) {
        return ReviewValidator.builder().clock(CLOCK).zone(ZoneOffset.UTC).locale(locale).build();
    }

    /** A closed sample with a blank organization, a negative effort, gaps and no signature. */
    private static ReviewCycle broken() {
        ReviewCycle clean = SampleReviews.complete2022();
        Protocol protocol = clean.protocol().orElseThrow();
        return ReviewCycle.builder().from(clean)
                .organization(" ")
                .plannedOn(SampleReviews.MEETING.minusDays(3))
                .addDecision(Decision.builder()
                        .category("resource-needs")
                        .resources(Resources.builder().note(HOSTILE).build())
                        .addAction(Action.builder().description(HOSTILE).build())
                        .build())
                .protocol(Protocol.builder().from(protocol)
                        .signature(java.util.Optional.empty())
                        .build())
                .build();
    }

    @Test
    void defaultLocale_isEnglish() {
        assertThat(ReviewValidator.builder().build().locale()).isEqualTo(Locale.ENGLISH);
        assertThat(validator(Locale.GERMANY).locale()).isEqualTo(Locale.GERMANY);
    }

    @Test
    void germanValidator_writesGermanMessages_withTheSameRulesPathsAndValues() {
        List<Finding> english = validator(Locale.ENGLISH).validate(broken()).findings();
        List<Finding> german = validator(Locale.GERMAN).validate(broken()).findings();

        assertThat(german).hasSameSizeAs(english).hasSizeGreaterThan(5);
        for (int i = 0; i < english.size(); i++) {
            Finding en = english.get(i);
            Finding de = german.get(i);
            assertThat(tuple(de.ruleId(), de.severity(), de.path(), clauseOnly(de.clause()),
                    de.values()))
                    .isEqualTo(tuple(en.ruleId(), en.severity(), en.path(),
                            clauseOnly(en.clause()), en.values()));
            assertThat(de.message()).as(en.ruleId()).isNotEqualTo(en.message());
        }
        assertThat(german).extracting(Finding::message).contains(
                "organization darf nicht leer sein, ist aber \" \"",
                "heldOn 2026-03-12 liegt 3 Tag(e) nach dem geplanten Datum 2026-03-09",
                "die Managementbewertung ist abgeschlossen, ihr Protokoll aber nicht"
                        + " unterschrieben",
                "Maßnahme '" + HOSTILE + "' hat keine verantwortliche Person");
        assertThat(english).extracting(Finding::message).contains(
                "organization must not be blank, but is \" \"",
                "heldOn 2026-03-12 is 3 day(s) after the planned date 2026-03-09",
                "the review is closed but its protocol is not signed",
                "action '" + HOSTILE + "' has no owner");
    }

    @Test
    void ownConstraint_nonBlank_hasItsTextInBothLanguages() {
        ReviewCycle review = ReviewCycle.builder().from(SampleReviews.complete2022())
                .ismsScope("\t")
                .build();

        assertThat(validator(Locale.ENGLISH).validate(review).findings("structure.constraint"))
                .extracting(Finding::message)
                .containsExactly("ismsScope must not be blank, but is \"\t\"");
        assertThat(validator(Locale.GERMAN).validate(review).findings("structure.constraint"))
                .extracting(Finding::message)
                .containsExactly("ismsScope darf nicht leer sein, ist aber \"\t\"");
    }

    @Test
    void reviewTextLookingLikePlaceholders_isPrintedLiterally_inBothLanguages() {
        ReviewCycle review = ReviewCycle.builder().from(broken())
                .protocol(Protocol.builder().from(broken().protocol().orElseThrow())
                        .signature(Signature.builder()
                                .signedBy(HOSTILE)
                                .role(SampleReviews.complete2022().protocol().orElseThrow()
                                        .signature().orElseThrow().role())
                                .signedOn(SampleReviews.MEETING)
                                .build())
                        .build())
                .build();

        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            List<String> messages = validator(locale).validate(review).findings().stream()
                    .map(Finding::message)
                    .toList();

            assertThat(messages).as(locale.toString())
                    .anyMatch(m -> m.contains("'" + HOSTILE + "' as top-management")
                            || m.contains("'" + HOSTILE + "' als top-management"))
                    .anyMatch(m -> m.contains("'" + HOSTILE + "' has no due date")
                            || m.contains("'" + HOSTILE + "' hat kein Fälligkeitsdatum"))
                    .anyMatch(m -> m.endsWith("\"" + HOSTILE + "\")")
                            || m.endsWith("„" + HOSTILE + "“)"))
                    .noneMatch(m -> m.contains("49"));
        }
    }

    @Test
    void jvmDefaultLocale_doesNotChangeTheMessages() {
        ReviewCycle review = ReviewCycle.builder().from(broken()).ismsScope("\t").build();
        Locale before = Locale.getDefault();
        List<String> messages;
        try {
            Locale.setDefault(Locale.GERMANY);
            // A locale no other test uses, so neither bundle nor message comes from a cache.
            messages = validator(Locale.UK).validate(review).findings().stream()
                    .map(Finding::message)
                    .toList();
            assertThat(ReviewValidator.builder().build().locale()).isEqualTo(Locale.ENGLISH);
        } finally {
            Locale.setDefault(before);
        }

        assertThat(messages)
                .contains("ismsScope must not be blank, but is \"\t\"",
                        "organization must not be blank, but is \" \"",
                        "the review is closed but its protocol is not signed")
                .isEqualTo(validator(Locale.ENGLISH).validate(review).findings().stream()
                        .map(Finding::message)
                        .toList());
    }

    @Test
    void transitionReasons_areInTheValidatorsLanguage() {
        ReviewCycle held = ReviewCycle.builder().from(SampleReviews.complete2022())
                .stage(ReviewStage.PLANNED)
                .build();

        assertThat(validator(Locale.ENGLISH).checkTransition(held, ReviewStage.CLOSED).reasons())
                .containsExactly("a review moves one stage at a time: from planned the next"
                        + " stage is inputs-prepared");
        assertThat(validator(Locale.GERMAN).checkTransition(held, ReviewStage.CLOSED).reasons())
                .containsExactly("eine Managementbewertung wechselt jeweils nur in die nächste"
                        + " Phase: auf planned folgt inputs-prepared");
    }

    @Test
    void germanHistoryValidation_writesGermanMessages_withTheSameRulesPathsAndValues() {
        Set<String> rules = new TreeSet<>();
        for (ReviewHistory history : historiesBreakingEveryHistoryRule()) {
            rules.addAll(germanLikeEnglish(ReviewValidatorLocaleTest::validator, history));
            rules.addAll(germanLikeEnglish(ReviewValidatorLocaleTest::onFixedPlan, history));
        }

        assertThat(rules).containsExactlyInAnyOrderElementsOf(Arrays.stream(ReviewRule.values())
                .map(ReviewRule::id).filter(id -> id.startsWith("history.")).toList());
    }

    @Test
    void germanHistoryMessages_readAsGerman() {
        ReviewHistory gap = HistoryRulesTest.chain(Edition.ISO_IEC_27001_2005,
                "2024-02-29", "2025-03-01");
        ReviewHistory overdue = ReviewHistory.of(List.of(
                HistoryRulesTest.held("MR-1", Edition.ISO_IEC_27001_2005, "2025-03-20"),
                HistoryRulesTest.after(HistoryRulesTest.planned("MR-2",
                        Edition.ISO_IEC_27001_2005, "2026-03-15"), "MR-1", "2025-03-20")));

        assertThat(validator(Locale.GERMAN).validateHistory(gap)
                .historyFindings(ReviewRule.HISTORY_GAP_EXCEEDED.id()))
                .extracting(Finding::message).containsExactly("die Managementbewertung 'MR-1'"
                        + " vom 2025-03-01 liegt 1 Tag(e) nach dem 2025-02-28, dem spätesten"
                        + " Datum 12 Monate nach der Managementbewertung 'MR-0' vom 2024-02-29"
                        + " ($[0])");
        assertThat(validator(Locale.GERMANY).validateHistory(overdue).historyFindings())
                .extracting(Finding::message).containsExactly("zum 2026-04-01 ist die"
                        + " Managementbewertung nach 'MR-1' (durchgeführt am 2025-03-20, $[0])"
                        + " seit 12 Tag(en) überfällig: sie war bis zum 2026-03-20 fällig,"
                        + " 12 Monate danach");
        assertThat(validator(Locale.GERMAN).validateHistory(followedUp(ActionStatus.IN_PROGRESS))
                .historyFindings(ReviewRule.HISTORY_ACTION_OVERDUE.id()))
                .extracting(Finding::message).containsExactly("die Maßnahme 'A-1' war am"
                        + " 2025-04-30 fällig und ist zum 2026-04-01 noch im Status in-progress,"
                        + " 336 Tag(e) nach dem Fälligkeitsdatum (Status laut Nachverfolgung in"
                        + " der Managementbewertung 'MR-2026' bei $[1])");
    }

    @Test
    void historyMessageVariants_keepTheirEnglishTexts() {
        ReviewCycle first = ReviewCycle.builder()
                .from(HistoryRulesTest.held("MR-2", Edition.ISO_IEC_27001_2022, "2025-03-01"))
                .firstReview(true).build();
        ReviewHistory claimsFirst = ReviewHistory.of(List.of(
                HistoryRulesTest.held("MR-1", Edition.ISO_IEC_27001_2022, "2024-03-01"), first));

        assertThat(validator(Locale.ENGLISH).validateHistory(claimsFirst)
                .historyFindings(ReviewRule.HISTORY_PREVIOUS_MISMATCH.id()))
                .extracting(Finding::message).containsExactly("review 'MR-2' says it is the"
                        + " first review, but review 'MR-1' held on 2024-03-01 ($[0]) comes"
                        + " before it in the history");
        assertThat(validator(Locale.ENGLISH).validateHistory(unnamedActionsDoneLate())
                .historyFindings(ReviewRule.HISTORY_ACTION_CLOSED_LATE.id()))
                .extracting(Finding::message).containsExactly(
                        "action 'Patch ${7*7} {dueOn}' due on 2025-04-30 was done on 2025-05-02,"
                                + " 2 day(s) late",
                        "action without id due on 2025-04-30 was done on 2025-05-03,"
                                + " 3 day(s) late");
    }

    @Test
    void guidePracticeClause_isNamedInTheValidatorsLanguage() {
        ReviewCycle noRecommendation = ReviewCycle.builder().from(SampleReviews.complete2022())
                .recommendations(List.of()).build();

        Finding english = validator(Locale.ENGLISH).validate(noRecommendation)
                .findings("recommendation.missing").get(0);
        Finding german = validator(Locale.GERMAN).validate(noRecommendation)
                .findings("recommendation.missing").get(0);

        assertThat(english.clause()).isEqualTo(
                "ISO/IEC 27001:2022 9.3.2, as the 2009 implementation guide practises it");
        assertThat(german.clause()).isEqualTo(
                "ISO/IEC 27001:2022 9.3.2, nach der Praxis des Implementierungsleitfadens"
                        + " von 2009");
    }

    /** Returns the clause without the language-dependent naming of the guide. */
    private static String clauseOnly(String clause) {
        int comma = clause.indexOf(',');
        return comma < 0 ? clause : clause.substring(0, comma);
    }

    /**
     * Validates the history in English and German and checks that the findings differ only in
     * their messages, and that every message across reviews is German; returns their rule ids.
     */
    private static List<String> germanLikeEnglish(Function<Locale, ReviewValidator> make,
            ReviewHistory history) {
        HistoryReport english = make.apply(Locale.ENGLISH).validateHistory(history);
        HistoryReport german = make.apply(Locale.GERMAN).validateHistory(history);

        assertThat(german.allFindings()).hasSameSizeAs(english.allFindings());
        for (int i = 0; i < english.allFindings().size(); i++) {
            Finding en = english.allFindings().get(i);
            Finding de = german.allFindings().get(i);
            assertThat(tuple(de.ruleId(), de.severity(), de.path(), clauseOnly(de.clause()),
                    de.values()))
                    .isEqualTo(tuple(en.ruleId(), en.severity(), en.path(),
                            clauseOnly(en.clause()), en.values()));
        }
        for (int i = 0; i < english.historyFindings().size(); i++) {
            Finding en = english.historyFindings().get(i);
            Finding de = german.historyFindings().get(i);
            assertThat(de.message()).as(en.ruleId()).isNotEqualTo(en.message())
                    .containsAnyOf("Managementbewertung", "Maßnahme");
        }
        assertThat(german.nextDue()).isEqualTo(english.nextDue());
        return english.historyFindings().stream().map(Finding::ruleId).toList();
    }

    private static ReviewValidator onFixedPlan(Locale locale) {
        return ReviewValidator.builder()
                .policy(ValidationPolicy.builder()
                        .clock(CLOCK)
                        .nextDueAnchor(NextDueAnchor.fixedPlan(LocalDate.parse("2024-02-29")))
                        .build())
                .locale(locale)
                .build();
    }

    /** Returns histories that, between them, break every history rule in every variant. */
    private static List<ReviewHistory> historiesBreakingEveryHistoryRule() {
        Edition e2022 = Edition.ISO_IEC_27001_2022;
        ReviewCycle sameDateAsSecond = ReviewCycle.builder()
                .from(HistoryRulesTest.held("MR-3", e2022, "2026-03-01"))
                .previousReview(PreviousReview.heldOn(LocalDate.parse("2024-03-01")))
                .build();
        ReviewCycle sameDateAsThird = ReviewCycle.builder()
                .from(HistoryRulesTest.held("MR-2", e2022, "2025-03-01"))
                .previousReview(PreviousReview.heldOn(LocalDate.parse("2024-03-01")))
                .build();
        return List.of(
                ReviewHistory.of(List.of(HistoryRulesTest.held("MR-2025", e2022, "2025-03-01"),
                        HistoryRulesTest.held("MR-2024", e2022, "2024-03-01"),
                        HistoryRulesTest.held("MR-2024", e2022, "2025-03-05"))),
                ReviewHistory.of(List.of(HistoryRulesTest.held("MR-1", e2022, "2024-03-01"),
                        HistoryRulesTest.after(HistoryRulesTest.held("MR-2", e2022,
                                "2025-03-01"), "MR-1", "2024-03-01"),
                        HistoryRulesTest.after(HistoryRulesTest.held("MR-3", e2022,
                                "2026-03-01"), "MR-1", "2024-03-01"))),
                ReviewHistory.of(List.of(HistoryRulesTest.held("MR-1", e2022, "2024-03-01"),
                        sameDateAsThird, sameDateAsSecond)),
                ReviewHistory.of(List.of(HistoryRulesTest.held("MR-1", e2022, "2024-03-01"),
                        ReviewCycle.builder()
                                .from(HistoryRulesTest.held("MR-2", e2022, "2025-03-01"))
                                .firstReview(true).build())),
                HistoryRulesTest.chain(Edition.ISO_IEC_27001_2005, "2024-02-29", "2025-03-05"),
                followedUp(ActionStatus.IN_PROGRESS),
                ReviewHistory.of(List.of(decided(), next("MR-2026", ReviewStage.HELD,
                        ActionFollowUp.builder().actionId("A-1").status(ActionStatus.DONE)
                                .completedOn(LocalDate.parse("2025-05-10")).build()))),
                ReviewHistory.of(List.of(decided(),
                        next("MR-2026", ReviewStage.INPUTS_PREPARED))),
                ReviewHistory.of(List.of(decided(), next("MR-2026", ReviewStage.HELD,
                        ActionFollowUp.builder().actionId("A-1").status(ActionStatus.DONE)
                                .completedOn(LocalDate.parse("2025-03-01")).build(),
                        ActionFollowUp.of("A-7", ActionStatus.DONE)))),
                ReviewHistory.of(List.of(decided(), decided())),
                unnamedActionsDoneLate());
    }

    /** A held review of 2025 with a pending action A-1 due on 2025-04-30. */
    private static ReviewCycle decided() {
        return ReviewCycle.builder()
                .from(HistoryRulesTest.held("MR-2025", Edition.ISO_IEC_27001_2022, "2025-03-20"))
                .addDecision(Decision.builder()
                        .category("isms-changes")
                        .description("Require MFA")
                        .addAction(Action.builder().id("A-1").description("Roll out MFA")
                                .owner("CISO").dueOn(LocalDate.parse("2025-04-30"))
                                .status(ActionStatus.OPEN).build())
                        .build())
                .build();
    }

    private static ReviewHistory followedUp(ActionStatus status) {
        return ReviewHistory.of(List.of(decided(),
                next("MR-2026", ReviewStage.HELD, ActionFollowUp.of("A-1", status))));
    }

    /** Actions without id, one with a text that looks like placeholders, done late. */
    private static ReviewHistory unnamedActionsDoneLate() {
        LocalDate dueOn = LocalDate.parse("2025-04-30");
        return ReviewHistory.of(List.of(ReviewCycle.builder()
                .from(HistoryRulesTest.held("MR-1", Edition.ISO_IEC_27001_2022, "2025-03-20"))
                .addDecision(Decision.builder()
                        .addAction(Action.builder().description("Patch ${7*7} {dueOn}")
                                .dueOn(dueOn).status(ActionStatus.DONE)
                                .completedOn(LocalDate.parse("2025-05-02")).build())
                        .addAction(Action.builder().dueOn(dueOn).status(ActionStatus.DONE)
                                .completedOn(LocalDate.parse("2025-05-03")).build())
                        .build())
                .build()));
    }

    private static ReviewCycle next(String id, ReviewStage stage, ActionFollowUp... updates) {
        return ReviewCycle.builder()
                .id(id)
                .edition(Edition.ISO_IEC_27001_2022)
                .stage(stage)
                .plannedOn(LocalDate.parse("2026-03-10"))
                .heldOn(stage == ReviewStage.HELD ? Optional.of(LocalDate.parse("2026-03-10"))
                        : Optional.empty())
                .previousReview(PreviousReview.of("MR-2025", LocalDate.parse("2025-03-20")))
                .addInput(InputEntry.builder()
                        .category("previous-review-actions")
                        .status(InputStatus.ADDRESSED)
                        .summary("Status of the actions of MR-2025")
                        .addActionUpdates(updates)
                        .build())
                .build();
    }
}
