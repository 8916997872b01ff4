package io.github.ismsreview.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ismsreview.model.Action;
import io.github.ismsreview.model.Decision;
import io.github.ismsreview.model.Protocol;
import io.github.ismsreview.model.Resources;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import io.github.ismsreview.model.Signature;
import io.github.ismsreview.testing.SampleReviews;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
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
            assertThat(tuple(de.ruleId(), de.severity(), de.path(), de.clause(), de.values()))
                    .isEqualTo(tuple(en.ruleId(), en.severity(), en.path(), en.clause(),
                            en.values()));
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
}
