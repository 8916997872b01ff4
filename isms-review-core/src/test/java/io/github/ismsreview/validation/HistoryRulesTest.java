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
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One passing and one failing case for every rule across the reviews of a history, with the
 * calendar edges, the next due date under both anchors and the follow-up of actions.
 */
class HistoryRulesTest {

    /** Today is 2026-04-01 in UTC. */
    static final ReviewValidator VALIDATOR = ReviewRulesTest.VALIDATOR;

    private static final Edition E2005 = Edition.ISO_IEC_27001_2005;
    private static final Edition E2022 = Edition.ISO_IEC_27001_2022;

    @Nested
    class Order {

        @Test
        void reviewsInTheOrderOfTheirDates_passTheOrderRule() {
            ReviewHistory history = chain(E2022, "2024-03-01", "2025-02-20", "2026-02-10");

            assertThat(findings(history, ReviewRule.HISTORY_ORDER)).isEmpty();
        }

        @Test
        void aReviewDatedBeforeTheOneListedBeforeIt_isReportedWithBothDates() {
            ReviewHistory history = ReviewHistory.of(List.of(
                    held("MR-2025", E2022, "2025-03-01"),
                    held("MR-2024", E2022, "2024-03-01")));

            assertThat(findings(history, ReviewRule.HISTORY_ORDER)).singleElement()
                    .satisfies(f -> {
                        assertThat(f.path()).isEqualTo("$[1].heldOn");
                        assertThat(f.severity()).isEqualTo(Severity.ERROR);
                        assertThat(f.message()).isEqualTo("review 'MR-2024' (heldOn 2024-03-01)"
                                + " comes after review 'MR-2025' at $[0] (heldOn 2025-03-01) in"
                                + " the history but is dated before it");
                        assertThat(f.values()).containsEntry("earlierHeldOn", "2025-03-01");
                    });
        }

        @Test
        void aReviewNotYetHeld_isOrderedByItsPlannedDate() {
            ReviewCycle planned = ReviewCycle.builder().id("MR-2026").edition(E2022)
                    .plannedOn(LocalDate.parse("2025-02-01")).build();
            ReviewHistory history = ReviewHistory.of(List.of(
                    held("MR-2025", E2022, "2025-03-01"), planned));

            assertThat(findings(history, ReviewRule.HISTORY_ORDER)).singleElement()
                    .satisfies(f -> {
                        assertThat(f.path()).isEqualTo("$[1].plannedOn");
                        assertThat(f.message()).contains("plannedOn 2025-02-01", "2025-03-01");
                    });
        }
    }

    @Nested
    class DuplicateIds {

        @Test
        void distinctIds_pass() {
            assertThat(findings(chain(E2005, "2024-03-01", "2025-03-01"),
                    ReviewRule.HISTORY_DUPLICATE_ID)).isEmpty();
        }

        @Test
        void aSecondReviewWithTheSameId_isReportedAtItsId() {
            ReviewHistory history = ReviewHistory.of(List.of(
                    held("MR-1", E2005, "2024-03-01"),
                    held("MR-2", E2005, "2025-03-01"),
                    held("MR-1", E2005, "2026-03-01")));

            assertThat(findings(history, ReviewRule.HISTORY_DUPLICATE_ID)).singleElement()
                    .satisfies(f -> {
                        assertThat(f.path()).isEqualTo("$[2].id");
                        assertThat(f.message()).isEqualTo(
                                "review id 'MR-1' at $[2] is already the id of the review at $[0]");
                    });
        }
    }

    @Nested
    class PreviousClaimedTwice {

        @Test
        void eachReviewNamingItsOwnPredecessor_passes() {
            assertThat(findings(chain(E2022, "2024-03-01", "2025-03-01", "2026-03-01"),
                    ReviewRule.HISTORY_PREVIOUS_CLAIMED_TWICE)).isEmpty();
        }

        @Test
        void twoReviewsNamingTheSamePreviousId_areReported() {
            ReviewHistory history = ReviewHistory.of(List.of(
                    held("MR-1", E2022, "2024-03-01"),
                    after(held("MR-2", E2022, "2025-03-01"), "MR-1", "2024-03-01"),
                    after(held("MR-3", E2022, "2026-03-01"), "MR-1", "2024-03-01")));

            assertThat(findings(history, ReviewRule.HISTORY_PREVIOUS_CLAIMED_TWICE))
                    .singleElement().satisfies(f -> {
                        assertThat(f.path()).isEqualTo("$[2].previousReview");
                        assertThat(f.message()).isEqualTo("review 'MR-3' names review 'MR-1'"
                                + " held on 2024-03-01 as its previous review, as review 'MR-2'"
                                + " at $[1] already does");
                    });
        }

        @Test
        void twoReviewsNamingTheSameHeldDateWithoutId_areReported() {
            ReviewCycle second = ReviewCycle.builder().from(held("MR-2", E2022, "2025-03-01"))
                    .previousReview(PreviousReview.heldOn(LocalDate.parse("2024-03-01")))
                    .build();
            ReviewCycle third = ReviewCycle.builder().from(held("MR-3", E2022, "2026-03-01"))
                    .previousReview(PreviousReview.heldOn(LocalDate.parse("2024-03-01")))
                    .build();

            assertThat(findings(ReviewHistory.of(List.of(held("MR-1", E2022, "2024-03-01"),
                    second, third)), ReviewRule.HISTORY_PREVIOUS_CLAIMED_TWICE))
                    .extracting(Finding::path).containsExactly("$[2].previousReview");
        }

        @Test
        void claimsWithAndWithoutIds_areComparedByIdWhereBothHaveOne_elseByDate() {
            ReviewCycle byDate = ReviewCycle.builder().from(held("MR-3", E2022, "2026-03-01"))
                    .previousReview(PreviousReview.heldOn(LocalDate.parse("2024-03-01")))
                    .build();
            ReviewHistory history = ReviewHistory.of(List.of(
                    after(held("MR-2", E2022, "2025-03-01"), "MR-1", "2024-03-01"),
                    byDate,
                    after(held("MR-4", E2022, "2027-03-01"), "MR-X", "2024-03-01"),
                    after(held("MR-5", E2022, "2028-03-01"), "MR-X", "2024-03-01")));

            assertThat(findings(history, ReviewRule.HISTORY_PREVIOUS_CLAIMED_TWICE))
                    .extracting(Finding::path, f -> f.values().get("otherReviewId"))
                    .containsExactly(tuple("$[1].previousReview", "MR-2"),
                            tuple("$[2].previousReview", "MR-3"),
                            tuple("$[3].previousReview", "MR-3"));
        }

        @Test
        void aCancelledReviewAndItsReplacement_mayNameTheSamePreviousReview() {
            ReviewCycle cancelled = ReviewCycle.builder()
                    .from(after(planned("MR-2", E2022, "2025-02-01"), "MR-1", "2024-03-01"))
                    .stage(ReviewStage.CANCELLED).cancellationReason("CEO ill").build();
            ReviewHistory history = ReviewHistory.of(List.of(held("MR-1", E2022, "2024-03-01"),
                    cancelled, after(held("MR-2b", E2022, "2025-03-01"), "MR-1", "2024-03-01")));

            assertThat(findings(history, ReviewRule.HISTORY_PREVIOUS_CLAIMED_TWICE)).isEmpty();
            assertThat(findings(history, ReviewRule.HISTORY_PREVIOUS_MISMATCH)).isEmpty();
        }
    }

    @Nested
    class PreviousMismatch {

        @Test
        void aReviewNamingTheHeldReviewBeforeIt_passes() {
            assertThat(findings(chain(E2005, "2024-03-01", "2025-03-01"),
                    ReviewRule.HISTORY_PREVIOUS_MISMATCH)).isEmpty();
        }

        @Test
        void aReviewNamingAnotherReview_isAWarningNamingBoth() {
            ReviewHistory history = ReviewHistory.of(List.of(
                    held("MR-2024", E2005, "2024-03-01"),
                    after(held("MR-2025", E2005, "2025-03-01"), "MR-2023", "2023-03-01")));

            assertThat(findings(history, ReviewRule.HISTORY_PREVIOUS_MISMATCH)).singleElement()
                    .satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.WARNING);
                        assertThat(f.path()).isEqualTo("$[1].previousReview");
                        assertThat(f.message()).isEqualTo("review 'MR-2025' names review"
                                + " 'MR-2023' held on 2023-03-01 as its previous review, but the"
                                + " held review before it in the history is review 'MR-2024'"
                                + " held on 2024-03-01 ($[0])");
                    });
        }

        @Test
        void aReviewClaimingToBeTheFirstAfterAHeldOne_isAWarning() {
            ReviewCycle first = ReviewCycle.builder().from(held("MR-2", E2022, "2025-03-01"))
                    .firstReview(true).build();

            assertThat(findings(ReviewHistory.of(List.of(held("MR-1", E2022, "2024-03-01"),
                    first)), ReviewRule.HISTORY_PREVIOUS_MISMATCH))
                    .extracting(Finding::path).containsExactly("$[1].firstReview");
        }
    }

    @Nested
    class Gaps {

        @ParameterizedTest(name = "{0} then {1}: late = {2}")
        @CsvSource({
            "2024-02-29, 2025-02-28, false",
            "2024-02-29, 2025-03-01, true",
            "2023-02-28, 2024-02-28, false",
            "2023-02-28, 2024-02-29, true",
            "2024-12-31, 2025-12-31, false",
            "2024-12-31, 2026-01-01, true",
            "2025-01-31, 2026-01-31, false",
        })
        void gapsAcrossLeapDaysAndYearEnds_countCalendarMonths(LocalDate first, LocalDate second,
                boolean late) {
            ReviewHistory history = chain(E2005, first.toString(), second.toString());

            assertThat(findings(history, ReviewRule.HISTORY_GAP_EXCEEDED)).hasSize(late ? 1 : 0);
        }

        @Test
        void aLateReviewInALongSequence_isReportedWithTheLatestDate() {
            ReviewHistory history = chain(E2005,
                    "2022-12-31", "2023-12-31", "2024-02-29", "2025-03-01", "2026-03-01");

            assertThat(findings(history, ReviewRule.HISTORY_GAP_EXCEEDED)).singleElement()
                    .satisfies(f -> {
                        assertThat(f.path()).isEqualTo("$[3].heldOn");
                        assertThat(f.severity()).isEqualTo(Severity.ERROR);
                        assertThat(f.clause()).isEqualTo("ISO/IEC 27001:2005 7.1");
                        assertThat(f.message()).isEqualTo("review 'MR-3' held on 2025-03-01 is 1"
                                + " day(s) after 2025-02-28, the latest date 12 months after"
                                + " review 'MR-2' held on 2024-02-29 ($[2])");
                        assertThat(f.values()).containsEntry("latest", "2025-02-28")
                                .containsEntry("daysLate", "1");
                    });
        }

        @Test
        void aGapUnder2022_isAWarning_andAPolicyLongerThanAYearIsCappedUnder2005() {
            ReviewValidator eighteenMonths = ReviewValidator.builder()
                    .clock(Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC))
                    .intervalPolicy(IntervalPolicy.ofMonths(18))
                    .build();

            assertThat(findings(chain(E2022, "2023-01-10", "2024-04-10"),
                    ReviewRule.HISTORY_GAP_EXCEEDED)).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
            assertThat(eighteenMonths.validateHistory(chain(E2022, "2023-01-10", "2024-04-10"))
                    .historyFindings(ReviewRule.HISTORY_GAP_EXCEEDED.id())).isEmpty();
            assertThat(eighteenMonths.validateHistory(chain(E2005, "2023-01-10", "2024-04-10"))
                    .historyFindings(ReviewRule.HISTORY_GAP_EXCEEDED.id())).singleElement()
                    .satisfies(f -> assertThat(f.values()).containsEntry("intervalMonths", "12"));
        }

        @Test
        void aCovered2005Edition_capsTheGapAndTheNextDueDateAtAYear() {
            ReviewValidator twoYears = ReviewValidator.builder()
                    .clock(Clock.fixed(Instant.parse("2027-06-01T12:00:00Z"), ZoneOffset.UTC))
                    .intervalPolicy(IntervalPolicy.ofMonths(24))
                    .build();
            List<ReviewCycle> integrated = new ArrayList<>();
            for (ReviewCycle review : chain(E2022, "2024-01-10", "2025-06-10").reviews()) {
                integrated.add(ReviewCycle.builder().from(review).addAlsoCovers(E2005).build());
            }

            HistoryReport report = twoYears.validateHistory(ReviewHistory.of(integrated));

            assertThat(report.historyFindings(ReviewRule.HISTORY_GAP_EXCEEDED.id()))
                    .singleElement()
                    .satisfies(f -> assertThat(f.values()).containsEntry("intervalMonths", "12"));
            assertThat(report.nextDue()).hasValueSatisfying(next -> {
                assertThat(next.dueOn()).isEqualTo(LocalDate.parse("2026-06-10"));
                assertThat(next.daysOverdue()).isEqualTo(356);
            });
        }

        @Test
        void aDisabledRule_reportsNothing() {
            ReviewValidator withoutGaps = ReviewValidator.builder()
                    .policy(ValidationPolicy.builder()
                            .clock(Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"),
                                    ZoneOffset.UTC))
                            .disable(ReviewRule.HISTORY_GAP_EXCEEDED.id())
                            .build())
                    .build();

            assertThat(withoutGaps.validateHistory(chain(E2005, "2024-02-29", "2025-03-01"))
                    .historyFindings(ReviewRule.HISTORY_GAP_EXCEEDED.id())).isEmpty();
        }
    }

    @Nested
    class NextDueDate {

        @Test
        void anchoredOnTheLastHeldReview_isOneIntervalAfterIt() {
            NextDue next = VALIDATOR.nextDue(chain(E2022, "2023-02-28", "2024-02-29"))
                    .orElseThrow();

            assertThat(next.dueOn()).isEqualTo("2025-02-28");
            assertThat(next.lastHeldOn()).isEqualTo("2024-02-29");
            assertThat(next.lastHeldReviewId()).isEqualTo("MR-1");
            assertThat(next.anchor()).isEqualTo(NextDueAnchor.lastHeld());
            assertThat(next.intervalMonths()).isEqualTo(12);
            assertThat(next.asOf()).isEqualTo("2026-04-01");
            assertThat(next.isOverdue()).isTrue();
            assertThat(next.daysOverdue()).isEqualTo(397);
        }

        @Test
        void anchoredOnAFixedPlan_isThePlanDateAfterTheLastHeldReview() {
            ReviewValidator onPlan = validator(Instant.parse("2026-04-01T12:00:00Z"),
                    ZoneOffset.UTC, NextDueAnchor.fixedPlan(LocalDate.parse("2024-03-31")));

            assertThat(onPlan.nextDue(chain(E2022, "2024-03-20", "2025-04-15")).orElseThrow()
                    .dueOn()).isEqualTo("2026-03-31");
            assertThat(onPlan.nextDue(chain(E2022, "2024-03-20", "2025-03-20")).orElseThrow()
                    .dueOn()).isEqualTo("2025-03-31");
        }

        @Test
        void aHistoryWithoutAHeldReview_hasNoNextDueDate() {
            ReviewHistory history = ReviewHistory.of(List.of(
                    planned("MR-1", E2022, "2026-05-01")));

            assertThat(VALIDATOR.nextDue(history)).isEmpty();
            assertThat(VALIDATOR.nextDue(ReviewHistory.empty())).isEmpty();
            assertThat(VALIDATOR.validateHistory(history).nextDue()).isEmpty();
        }

        @Test
        void aReviewDueInTheFuture_isNotOverdue() {
            ReviewHistory history = chain(E2022, "2024-03-01", "2025-06-30");

            assertThat(VALIDATOR.nextDue(history).orElseThrow().isOverdue()).isFalse();
            assertThat(findings(history, ReviewRule.HISTORY_NEXT_OVERDUE)).isEmpty();
        }

        @Test
        void anOverdueNextReview_isReportedOnThePlannedReviewWithTheDueDate() {
            ReviewHistory history = ReviewHistory.of(List.of(
                    held("MR-1", E2005, "2025-03-20"),
                    after(planned("MR-2", E2005, "2026-03-15"), "MR-1", "2025-03-20")));

            assertThat(findings(history, ReviewRule.HISTORY_NEXT_OVERDUE)).singleElement()
                    .satisfies(f -> {
                        assertThat(f.path()).isEqualTo("$[1].heldOn");
                        assertThat(f.severity()).isEqualTo(Severity.ERROR);
                        assertThat(f.message()).isEqualTo("as of 2026-04-01 the review after"
                                + " 'MR-1' (held on 2025-03-20, $[0]) is 12 day(s) overdue: it"
                                + " was due by 2026-03-20, 12 months after it");
                        assertThat(f.values()).containsEntry("anchor", "last held review");
                    });
        }

        @Test
        void anOverdueNextReviewOnAFixedPlan_namesThePlan() {
            ReviewValidator onPlan = validator(Instant.parse("2026-04-01T12:00:00Z"),
                    ZoneOffset.UTC, NextDueAnchor.fixedPlan(LocalDate.parse("2024-02-29")));

            assertThat(onPlan.validateHistory(chain(E2022, "2024-02-29", "2025-03-05"))
                    .historyFindings(ReviewRule.HISTORY_NEXT_OVERDUE.id())).singleElement()
                    .satisfies(f -> {
                        assertThat(f.path()).isEqualTo("$[1]");
                        assertThat(f.severity()).isEqualTo(Severity.WARNING);
                        assertThat(f.message()).endsWith("is 32 day(s) overdue: it was due by"
                                + " 2026-02-28, the first date after it on the fixed plan from"
                                + " 2024-02-29 in steps of 12 months");
                    });
        }

        @Test
        void overdue_isJudgedOnTheDateInThePolicysZone_notTheMachines() {
            // 2025-03-01T00:30Z is 2025-03-01 14:30 at UTC+14, still 2025-02-28 12:30 at UTC-12.
            Instant instant = Instant.parse("2025-03-01T00:30:00Z");
            ReviewValidator kiritimati = validator(instant, ZoneId.of("Pacific/Kiritimati"),
                    NextDueAnchor.lastHeld());
            ReviewValidator minusTwelve = validator(instant, ZoneId.of("Etc/GMT+12"),
                    NextDueAnchor.lastHeld());
            ReviewHistory history = chain(E2005, "2023-02-28", "2024-02-29");

            assertThat(kiritimati.nextDue(history).orElseThrow())
                    .satisfies(next -> {
                        assertThat(next.asOf()).isEqualTo("2025-03-01");
                        assertThat(next.dueOn()).isEqualTo("2025-02-28");
                        assertThat(next.isOverdue()).isTrue();
                    });
            assertThat(kiritimati.validateHistory(history)
                    .historyFindings(ReviewRule.HISTORY_NEXT_OVERDUE.id())).singleElement()
                    .satisfies(f -> assertThat(f.values()).containsEntry("daysOverdue", "1"));
            assertThat(minusTwelve.nextDue(history).orElseThrow().isOverdue()).isFalse();
            assertThat(minusTwelve.validateHistory(history)
                    .historyFindings(ReviewRule.HISTORY_NEXT_OVERDUE.id())).isEmpty();
        }
    }

    @Nested
    class FollowUp {

        private final ReviewCycle decided = ReviewCycle.builder()
                .from(held("MR-2025", E2022, "2025-03-20"))
                .addDecision(Decision.builder()
                        .category("isms-changes")
                        .description("Require MFA")
                        .addAction(action("A-1", "2025-04-30", ActionStatus.OPEN))
                        .addAction(action("A-2", "2025-04-30", ActionStatus.DONE))
                        .addAction(Action.builder().description("No id").dueOn(
                                LocalDate.parse("2027-01-01")).build())
                        .build())
                .build();

        @Test
        void aPendingActionFollowedUpInTheNextReview_passes() {
            ReviewHistory history = ReviewHistory.of(List.of(decided,
                    next("MR-2026", ReviewStage.INPUTS_PREPARED,
                            ActionFollowUp.of("A-1", ActionStatus.IN_PROGRESS))));

            assertThat(findings(history, ReviewRule.HISTORY_ACTION_NOT_FOLLOWED_UP)).isEmpty();
        }

        @Test
        void aPendingActionMissingFromTheNextReview_isReportedThere() {
            ReviewHistory history = ReviewHistory.of(List.of(decided,
                    next("MR-2026", ReviewStage.INPUTS_PREPARED)));

            assertThat(findings(history, ReviewRule.HISTORY_ACTION_NOT_FOLLOWED_UP))
                    .singleElement().satisfies(f -> {
                        assertThat(f.path()).isEqualTo("$[1].inputs[0].actionUpdates");
                        assertThat(f.severity()).isEqualTo(Severity.ERROR);
                        assertThat(f.clause()).isEqualTo("ISO/IEC 27001:2022 9.3.2");
                        assertThat(f.message()).isEqualTo("action 'A-1' at"
                                + " $[0].decisions[0].actions[0] is open but review 'MR-2026'"
                                + " does not follow it up in its input 'previous-review-actions'");
                    });
        }

        @Test
        void aNextReviewStillPlanned_isNotYetAskedForFollowUps() {
            ReviewHistory history = ReviewHistory.of(List.of(decided,
                    next("MR-2026", ReviewStage.PLANNED)));

            assertThat(findings(history, ReviewRule.HISTORY_ACTION_NOT_FOLLOWED_UP)).isEmpty();
        }

        @Test
        void anActionStillPending_isCarriedToEveryLaterReviewUntilItIsDone() {
            ReviewCycle second = heldNext("MR-2026", "2026-03-10", "MR-2025", "2025-03-20",
                    ActionFollowUp.of("A-1", ActionStatus.IN_PROGRESS));
            ReviewCycle third = heldNext("MR-2027", "2027-03-10", "MR-2026", "2026-03-10");

            assertThat(findings(ReviewHistory.of(List.of(decided, second, third)),
                    ReviewRule.HISTORY_ACTION_NOT_FOLLOWED_UP))
                    .extracting(Finding::path).containsExactly("$[2].inputs[0].actionUpdates");
        }

        @Test
        void anActionDroppedFromTheRecord_isReportedOnce_untilAFollowUpBringsItBack() {
            ReviewCycle second = heldNext("MR-2026", "2026-03-10", "MR-2025", "2025-03-20");
            ReviewCycle third = heldNext("MR-2027", "2027-03-10", "MR-2026", "2026-03-10");
            ReviewCycle fourth = heldNext("MR-2028", "2028-03-10", "MR-2027", "2027-03-10",
                    ActionFollowUp.of("A-1", ActionStatus.IN_PROGRESS));
            ReviewCycle fifth = heldNext("MR-2029", "2029-03-10", "MR-2028", "2028-03-10");

            assertThat(findings(ReviewHistory.of(List.of(decided, second, third, fourth, fifth)),
                    ReviewRule.HISTORY_ACTION_NOT_FOLLOWED_UP))
                    .extracting(Finding::path, f -> f.values().get("actionId"))
                    .containsExactly(tuple("$[1].inputs[0].actionUpdates", "A-1"),
                            tuple("$[4].inputs[0].actionUpdates", "A-1"));
        }

        @Test
        void anActionDoneAfterItsDueDate_isClosedLate_andOnTimeIsNot() {
            ActionFollowUp late = ActionFollowUp.builder().actionId("A-1")
                    .status(ActionStatus.DONE).completedOn(LocalDate.parse("2025-05-10")).build();
            ActionFollowUp onTime = ActionFollowUp.builder().from(late)
                    .completedOn(LocalDate.parse("2025-04-30")).build();

            assertThat(findings(ReviewHistory.of(List.of(decided,
                    next("MR-2026", ReviewStage.HELD, late))),
                    ReviewRule.HISTORY_ACTION_CLOSED_LATE)).singleElement().satisfies(f -> {
                        assertThat(f.path()).isEqualTo("$[0].decisions[0].actions[0]");
                        assertThat(f.severity()).isEqualTo(Severity.WARNING);
                        assertThat(f.message()).isEqualTo("action 'A-1' due on 2025-04-30 was"
                                + " done on 2025-05-10, 10 day(s) late (status as followed up by"
                                + " review 'MR-2026' at $[1])");
                    });
            assertThat(findings(ReviewHistory.of(List.of(decided,
                    next("MR-2026", ReviewStage.HELD, onTime))),
                    ReviewRule.HISTORY_ACTION_CLOSED_LATE)).isEmpty();
        }

        @Test
        void anActionsOwnCompletionDate_countsWhenNoFollowUpGivesOne() {
            ReviewCycle doneLate = oneAction(ActionStatus.DONE, "2025-05-01");

            assertThat(findings(ReviewHistory.of(List.of(doneLate)),
                    ReviewRule.HISTORY_ACTION_CLOSED_LATE))
                    .extracting(Finding::message).containsExactly("action 'A-9' due on"
                            + " 2025-04-30 was done on 2025-05-01, 1 day(s) late");
        }

        @Test
        void anActionPendingAfterItsDueDate_isOverdue_unlessTheLatestFollowUpClosedIt() {
            ReviewHistory stillOpen = ReviewHistory.of(List.of(decided,
                    next("MR-2026", ReviewStage.HELD,
                            ActionFollowUp.of("A-1", ActionStatus.IN_PROGRESS))));
            ReviewHistory closed = ReviewHistory.of(List.of(decided,
                    next("MR-2026", ReviewStage.HELD,
                            ActionFollowUp.of("A-1", ActionStatus.CANCELLED))));

            assertThat(findings(stillOpen, ReviewRule.HISTORY_ACTION_OVERDUE)).singleElement()
                    .satisfies(f -> {
                        assertThat(f.path()).isEqualTo("$[0].decisions[0].actions[0]");
                        assertThat(f.message()).isEqualTo("action 'A-1' due on 2025-04-30 is"
                                + " still in-progress as of 2026-04-01, 336 day(s) after its due"
                                + " date (status as followed up by review 'MR-2026' at $[1])");
                    });
            assertThat(findings(closed, ReviewRule.HISTORY_ACTION_OVERDUE)).isEmpty();
        }

        @Test
        void theLatestFollowUpWins_evenOverAnActionRecordedAsDone() {
            ReviewHistory reopened = ReviewHistory.of(List.of(decided,
                    next("MR-2026", ReviewStage.HELD,
                            ActionFollowUp.of("A-1", ActionStatus.IN_PROGRESS),
                            ActionFollowUp.of("A-2", ActionStatus.OPEN))));

            assertThat(findings(reopened, ReviewRule.HISTORY_ACTION_OVERDUE))
                    .extracting(Finding::path).containsExactly(
                            "$[0].decisions[0].actions[0]", "$[0].decisions[0].actions[1]");
        }

        @Test
        void aFollowUpOfAnUnknownAction_isReportedAtItsId_butNotBeforeTheFirstHeldReview() {
            ReviewHistory typo = ReviewHistory.of(List.of(decided,
                    next("MR-2026", ReviewStage.INPUTS_PREPARED,
                            ActionFollowUp.of("A-1", ActionStatus.DONE),
                            ActionFollowUp.of("A-7", ActionStatus.DONE))));
            ReviewHistory startsLater = ReviewHistory.of(List.of(
                    next("MR-2026", ReviewStage.INPUTS_PREPARED,
                            ActionFollowUp.of("A-7", ActionStatus.DONE))));

            assertThat(findings(typo, ReviewRule.HISTORY_ACTION_UNKNOWN)).singleElement()
                    .satisfies(f -> {
                        assertThat(f.path()).isEqualTo("$[1].inputs[0].actionUpdates[1].actionId");
                        assertThat(f.severity()).isEqualTo(Severity.WARNING);
                        assertThat(f.clause()).isEqualTo("ISO/IEC 27001:2022 9.3.2");
                        assertThat(f.message()).isEqualTo("review 'MR-2026' follows up action"
                                + " 'A-7', which no earlier review of the history decided");
                        assertThat(f.values()).containsEntry("actionId", "A-7");
                    });
            assertThat(findings(startsLater, ReviewRule.HISTORY_ACTION_UNKNOWN)).isEmpty();
        }

        @Test
        void anActionIdUsedAgain_isReported_inTheSameReviewAndInALaterOne() {
            ReviewCycle later = ReviewCycle.builder()
                    .from(heldNext("MR-2026", "2026-03-10", "MR-2025", "2025-03-20",
                            ActionFollowUp.of("A-1", ActionStatus.DONE)))
                    .addDecision(Decision.builder().category("isms-changes")
                            .addAction(action("A-2", "2026-06-30", ActionStatus.OPEN))
                            .addAction(action("A-3", "2026-06-30", ActionStatus.OPEN))
                            .addAction(action("A-3", "2026-07-31", ActionStatus.OPEN))
                            .build())
                    .build();

            assertThat(findings(ReviewHistory.of(List.of(decided, later)),
                    ReviewRule.HISTORY_ACTION_ID_REUSED))
                    .satisfiesExactly(
                            f -> {
                                assertThat(f.path()).isEqualTo("$[1].decisions[0].actions[0].id");
                                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                                assertThat(f.message()).isEqualTo("action id 'A-2' in review"
                                        + " 'MR-2026' is already the id of the action at"
                                        + " $[0].decisions[0].actions[1] in review 'MR-2025';"
                                        + " a follow-up cannot tell the two apart");
                            },
                            f -> assertThat(f.path())
                                    .isEqualTo("$[1].decisions[0].actions[2].id"));
        }

        @Test
        void anActionCompletedBeforeTheMeetingThatDecidedIt_isReported() {
            ActionFollowUp early = ActionFollowUp.builder().actionId("A-1")
                    .status(ActionStatus.DONE).completedOn(LocalDate.parse("2025-03-01")).build();
            ReviewCycle ownDate = oneAction(ActionStatus.CANCELLED, "2025-03-19");

            assertThat(findings(ReviewHistory.of(List.of(decided,
                    next("MR-2026", ReviewStage.HELD, early))),
                    ReviewRule.HISTORY_ACTION_COMPLETED_BEFORE_DECISION)).singleElement()
                    .satisfies(f -> {
                        assertThat(f.path()).isEqualTo("$[0].decisions[0].actions[0]");
                        assertThat(f.severity()).isEqualTo(Severity.ERROR);
                        assertThat(f.message()).isEqualTo("action 'A-1' was completed on"
                                + " 2025-03-01, 19 day(s) before review 'MR-2025' decided it on"
                                + " 2025-03-20 (status as followed up by review 'MR-2026' at"
                                + " $[1])");
                    });
            assertThat(findings(ReviewHistory.of(List.of(ownDate)),
                    ReviewRule.HISTORY_ACTION_COMPLETED_BEFORE_DECISION))
                    .extracting(Finding::message).containsExactly("action 'A-9' was completed on"
                            + " 2025-03-19, 1 day(s) before review 'MR-1' decided it on"
                            + " 2025-03-20");
        }

        @Test
        void anActionReopened_losesItsCompletionDate_untilAFollowUpGivesANewOne() {
            ActionFollowUp doneEarly = ActionFollowUp.builder().actionId("A-1")
                    .status(ActionStatus.DONE).completedOn(LocalDate.parse("2025-03-01")).build();
            ReviewCycle second = heldNext("MR-2026", "2026-03-10", "MR-2025", "2025-03-20",
                    doneEarly);
            ReviewCycle reopened = heldNext("MR-2027", "2027-03-10", "MR-2026", "2026-03-10",
                    ActionFollowUp.of("A-1", ActionStatus.OPEN));
            ReviewCycle doneAgain = heldNext("MR-2028", "2028-03-10", "MR-2027", "2027-03-10",
                    ActionFollowUp.of("A-1", ActionStatus.DONE));

            ReviewHistory stillOpen = ReviewHistory.of(List.of(decided, second, reopened));
            ReviewHistory doneWithoutDate = ReviewHistory.of(List.of(decided, second, reopened,
                    doneAgain));

            assertThat(findings(stillOpen, ReviewRule.HISTORY_ACTION_COMPLETED_BEFORE_DECISION))
                    .isEmpty();
            assertThat(findings(stillOpen, ReviewRule.HISTORY_ACTION_OVERDUE))
                    .extracting(Finding::path).contains("$[0].decisions[0].actions[0]");
            assertThat(findings(doneWithoutDate,
                    ReviewRule.HISTORY_ACTION_COMPLETED_BEFORE_DECISION)).isEmpty();
            assertThat(findings(doneWithoutDate, ReviewRule.HISTORY_ACTION_CLOSED_LATE))
                    .isEmpty();
        }

        @Test
        void anActionStillOpenWithACompletionDate_isNotTakenAsCompleted() {
            ReviewCycle open = oneAction(ActionStatus.OPEN, "2025-03-01");

            assertThat(findings(ReviewHistory.of(List.of(open)),
                    ReviewRule.HISTORY_ACTION_COMPLETED_BEFORE_DECISION)).isEmpty();
        }

        @Test
        void anActionCompletedOnTheDayOfTheMeeting_passes() {
            ActionFollowUp sameDay = ActionFollowUp.builder().actionId("A-1")
                    .status(ActionStatus.DONE).completedOn(LocalDate.parse("2025-03-20")).build();

            assertThat(findings(ReviewHistory.of(List.of(decided,
                    next("MR-2026", ReviewStage.HELD, sameDay))),
                    ReviewRule.HISTORY_ACTION_COMPLETED_BEFORE_DECISION)).isEmpty();
        }

        /** Returns a review held on the date after the given one, with the follow-ups. */
        private ReviewCycle heldNext(String id, String heldOn, String previousId,
                String previousOn, ActionFollowUp... updates) {
            return ReviewCycle.builder().from(next(id, ReviewStage.HELD, updates))
                    .heldOn(LocalDate.parse(heldOn))
                    .previousReview(PreviousReview.of(previousId, LocalDate.parse(previousOn)))
                    .build();
        }

        /** Returns review MR-1, held on 2025-03-20, deciding action A-9, due on 2025-04-30. */
        private ReviewCycle oneAction(ActionStatus status, String completedOn) {
            return ReviewCycle.builder().from(held("MR-1", E2022, "2025-03-20"))
                    .addDecision(Decision.builder().addAction(Action.builder().id("A-9")
                            .dueOn(LocalDate.parse("2025-04-30")).status(status)
                            .completedOn(LocalDate.parse(completedOn)).build()).build())
                    .build();
        }

        private ReviewCycle next(String id, ReviewStage stage, ActionFollowUp... updates) {
            return ReviewCycle.builder()
                    .id(id)
                    .edition(E2022)
                    .stage(stage)
                    .plannedOn(LocalDate.parse("2026-03-10"))
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

    @Test
    void severities_followTheEditionOfTheReviewConcerned_andThePolicysOverrides() {
        ReviewValidator strict = ReviewValidator.builder()
                .policy(ValidationPolicy.builder()
                        .clock(Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC))
                        .severity(ReviewRule.HISTORY_GAP_EXCEEDED.id(), Severity.ERROR)
                        .build())
                .build();
        ReviewHistory mixed = ReviewHistory.of(List.of(
                held("MR-1", E2005, "2023-01-10"),
                after(held("MR-2", E2022, "2024-04-10"), "MR-1", "2023-01-10")));

        assertThat(findings(mixed, ReviewRule.HISTORY_GAP_EXCEEDED)).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.clause()).isEqualTo("ISO/IEC 27001:2022 9.3.1");
                });
        assertThat(strict.validateHistory(mixed)
                .historyFindings(ReviewRule.HISTORY_GAP_EXCEEDED.id())).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void validateHistory_readsTodayOnce_andJudgesEveryReviewAndTheHistoryAsOfThatDate() {
        // Each read of this clock is one day later than the one before.
        AtomicInteger reads = new AtomicInteger();
        Clock ticking = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException("withZone");
            }

            @Override
            public Instant instant() {
                return Instant.parse("2026-03-19T12:00:00Z")
                        .plus(reads.getAndIncrement(), ChronoUnit.DAYS);
            }
        };
        ReviewValidator validator = ReviewValidator.builder().clock(ticking).build();
        // MR-2 is due by 2026-03-20: overdue only if judged after that day.
        ReviewHistory history = ReviewHistory.of(List.of(
                held("MR-1", E2005, "2025-03-20"),
                after(planned("MR-2", E2005, "2026-03-15"), "MR-1", "2025-03-20"),
                after(planned("MR-3", E2005, "2026-03-16"), "MR-1", "2025-03-20")));

        HistoryReport report = validator.validateHistory(history);

        assertThat(reads).hasValue(1);
        assertThat(report.nextDue().orElseThrow().asOf()).isEqualTo("2026-03-19");
        assertThat(report.allFindings()).extracting(Finding::ruleId)
                .doesNotContain(ReviewRule.INTERVAL_OVERDUE.id(),
                        ReviewRule.HISTORY_NEXT_OVERDUE.id());
    }

    static List<Finding> findings(ReviewHistory history, ReviewRule rule) {
        return VALIDATOR.validateHistory(history).historyFindings(rule.id());
    }

    /** Returns held reviews MR-0, MR-1, ... on the given dates, each naming the one before. */
    static ReviewHistory chain(Edition edition, String... heldOn) {
        List<ReviewCycle> reviews = new ArrayList<>();
        for (int i = 0; i < heldOn.length; i++) {
            ReviewCycle review = held("MR-" + i, edition, heldOn[i]);
            reviews.add(i == 0 ? ReviewCycle.builder().from(review).firstReview(true).build()
                    : after(review, "MR-" + (i - 1), heldOn[i - 1]));
        }
        return ReviewHistory.of(reviews);
    }

    static ReviewCycle held(String id, Edition edition, String heldOn) {
        return ReviewCycle.builder()
                .id(id)
                .edition(edition)
                .stage(ReviewStage.HELD)
                .plannedOn(LocalDate.parse(heldOn))
                .heldOn(LocalDate.parse(heldOn))
                .build();
    }

    static ReviewCycle planned(String id, Edition edition, String plannedOn) {
        return ReviewCycle.builder().id(id).edition(edition)
                .plannedOn(LocalDate.parse(plannedOn)).build();
    }

    static ReviewCycle after(ReviewCycle review, String previousId, String previousOn) {
        return ReviewCycle.builder().from(review)
                .previousReview(PreviousReview.of(previousId, LocalDate.parse(previousOn)))
                .build();
    }

    private static Action action(String id, String dueOn, ActionStatus status) {
        return Action.builder().id(id).description("Action " + id).owner("CISO")
                .dueOn(LocalDate.parse(dueOn)).status(status).build();
    }

    private static ReviewValidator validator(Instant now, ZoneId zone, NextDueAnchor anchor) {
        return ReviewValidator.builder()
                .policy(ValidationPolicy.builder()
                        .clock(Clock.fixed(now, ZoneOffset.UTC))
                        .zone(zone)
                        .nextDueAnchor(anchor)
                        .build())
                .build();
    }
}
