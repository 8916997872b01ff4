package io.github.ismsreview.validation;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.edition.IntervalRequirement;
import io.github.ismsreview.model.Action;
import io.github.ismsreview.model.ActionFollowUp;
import io.github.ismsreview.model.ActionStatus;
import io.github.ismsreview.model.Decision;
import io.github.ismsreview.model.InputEntry;
import io.github.ismsreview.model.PreviousReview;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rules across the reviews of a {@link ReviewHistory}: chronological order, distinct ids,
 * previous reviews named once and correctly, the gaps between held reviews, the next due date,
 * and the follow-up of actions.
 *
 * <p>A review counts as held when it has a held date and is not cancelled. The history is taken
 * in the order given; pairs that the order rule reports are not judged again by the gap rule.
 * Each finding takes the severity and clause of the edition of the review it concerns.
 */
final class HistoryRules {

    /** The input category, in every edition, on the actions of earlier reviews. */
    static final String PREVIOUS_ACTIONS = "previous-review-actions";

    private static final int YEARLY_MONTHS = 12;

    private final List<ReviewCycle> reviews;
    private final ValidationPolicy policy;
    private final LocalDate asOf;
    private final List<Finding> findings = new ArrayList<>();

    private HistoryRules(ReviewHistory history, ValidationPolicy policy, LocalDate asOf) {
        this.reviews = history.reviews();
        this.policy = policy;
        this.asOf = asOf;
    }

    /** Returns the findings across the reviews of the history, as of the given date. */
    static List<Finding> check(ReviewHistory history, ValidationPolicy policy, LocalDate asOf) {
        HistoryRules rules = new HistoryRules(history, policy, asOf);
        rules.checkOrder();
        rules.checkDuplicateIds();
        rules.checkPreviousClaimedTwice();
        rules.checkPreviousMismatch();
        rules.checkGaps();
        rules.checkNextOverdue();
        rules.checkActions();
        return List.copyOf(rules.findings);
    }

    /** Returns the next due date of the history, as of the given date. */
    static Optional<NextDue> nextDue(ReviewHistory history, ValidationPolicy policy,
            LocalDate asOf) {
        HistoryRules rules = new HistoryRules(history, policy, asOf);
        int last = rules.lastHeld();
        if (last < 0) {
            return Optional.empty();
        }
        return rules.nextDueAfter(last);
    }

    private void checkOrder() {
        int previous = -1;
        for (int i = 0; i < reviews.size(); i++) {
            ReviewCycle review = reviews.get(i);
            Optional<LocalDate> date = orderDate(review);
            if (date.isEmpty()) {
                continue;
            }
            if (previous >= 0) {
                ReviewCycle before = reviews.get(previous);
                LocalDate beforeDate = orderDate(before).orElseThrow();
                if (date.get().isBefore(beforeDate)) {
                    report(ReviewRule.HISTORY_ORDER, i, "$[" + i + "]." + orderField(review),
                            "review " + quoted(review) + " (" + orderField(review) + " "
                                    + date.get() + ") comes after review " + quoted(before)
                                    + " at $[" + previous + "] (" + orderField(before) + " "
                                    + beforeDate + ") in the history but is dated before it",
                            "reviewId", review.id(), orderField(review), date.get(),
                            "earlierIndex", previous, "earlierReviewId", before.id(),
                            "earlier" + capitalized(orderField(before)), beforeDate);
                }
            }
            previous = i;
        }
    }

    private void checkDuplicateIds() {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < reviews.size(); i++) {
            ReviewCycle review = reviews.get(i);
            Integer first = firstIndex.putIfAbsent(review.id(), i);
            if (first != null) {
                report(ReviewRule.HISTORY_DUPLICATE_ID, i, "$[" + i + "].id",
                        "review id " + quoted(review) + " at $[" + i + "] is already the id of"
                                + " the review at $[" + first + "]",
                        "reviewId", review.id(), "index", i, "firstIndex", first);
            }
        }
    }

    private void checkPreviousClaimedTwice() {
        for (int i = 0; i < reviews.size(); i++) {
            ReviewCycle review = reviews.get(i);
            if (review.stage() == ReviewStage.CANCELLED || review.previousReview().isEmpty()) {
                continue;
            }
            PreviousReview claimed = review.previousReview().get();
            for (int j = 0; j < i; j++) {
                ReviewCycle earlier = reviews.get(j);
                if (earlier.stage() == ReviewStage.CANCELLED
                        || earlier.previousReview().isEmpty()
                        || !sameReview(claimed, earlier.previousReview().get())) {
                    continue;
                }
                report(ReviewRule.HISTORY_PREVIOUS_CLAIMED_TWICE, i,
                        "$[" + i + "].previousReview",
                        "review " + quoted(review) + " names " + describe(claimed)
                                + " as its previous review, as review " + quoted(earlier)
                                + " at $[" + j + "] already does",
                        "reviewId", review.id(), "previousReviewId",
                        claimed.id().orElse(""), "previousHeldOn", claimed.heldOn(),
                        "otherIndex", j, "otherReviewId", earlier.id());
                break;
            }
        }
    }

    private void checkPreviousMismatch() {
        int heldBefore = -1;
        for (int i = 0; i < reviews.size(); i++) {
            ReviewCycle review = reviews.get(i);
            if (review.stage() != ReviewStage.CANCELLED && heldBefore >= 0) {
                checkPreviousOf(i, review, heldBefore);
            }
            if (isHeld(review)) {
                heldBefore = i;
            }
        }
    }

    private void checkPreviousOf(int i, ReviewCycle review, int heldBefore) {
        ReviewCycle before = reviews.get(heldBefore);
        LocalDate beforeOn = before.heldOn().orElseThrow();
        String actual = "review " + quoted(before) + " held on " + beforeOn + " ($["
                + heldBefore + "])";
        if (review.previousReview().isEmpty()) {
            if (review.firstReview()) {
                report(ReviewRule.HISTORY_PREVIOUS_MISMATCH, i, "$[" + i + "].firstReview",
                        "review " + quoted(review) + " says it is the first review, but "
                                + actual + " comes before it in the history",
                        "reviewId", review.id(), "expectedPreviousReviewId", before.id(),
                        "expectedPreviousHeldOn", beforeOn);
            }
            return;
        }
        PreviousReview named = review.previousReview().get();
        boolean idDiffers = named.id().isPresent() && !named.id().get().equals(before.id());
        if (idDiffers || !named.heldOn().equals(beforeOn)) {
            report(ReviewRule.HISTORY_PREVIOUS_MISMATCH, i, "$[" + i + "].previousReview",
                    "review " + quoted(review) + " names " + describe(named) + " as its"
                            + " previous review, but the held review before it in the history"
                            + " is " + actual,
                    "reviewId", review.id(), "previousReviewId", named.id().orElse(""),
                    "previousHeldOn", named.heldOn(), "expectedPreviousReviewId", before.id(),
                    "expectedPreviousHeldOn", beforeOn);
        }
    }

    private void checkGaps() {
        int previous = -1;
        for (int i = 0; i < reviews.size(); i++) {
            ReviewCycle review = reviews.get(i);
            if (!isHeld(review)) {
                continue;
            }
            if (previous >= 0) {
                checkGap(previous, i);
            }
            previous = i;
        }
    }

    private void checkGap(int previous, int i) {
        ReviewCycle before = reviews.get(previous);
        ReviewCycle review = reviews.get(i);
        LocalDate beforeOn = before.heldOn().orElseThrow();
        LocalDate heldOn = review.heldOn().orElseThrow();
        if (!heldOn.isAfter(beforeOn)) {
            // Out of order or on the same day: the order rule speaks for it.
            return;
        }
        int months = effectiveMonths(review.edition());
        LocalDate latest = plusMonths(beforeOn, months);
        if (heldOn.isAfter(latest)) {
            long daysLate = ChronoUnit.DAYS.between(latest, heldOn);
            report(ReviewRule.HISTORY_GAP_EXCEEDED, i, "$[" + i + "].heldOn",
                    "review " + quoted(review) + " held on " + heldOn + " is " + daysLate
                            + " day(s) after " + latest + ", the latest date " + months
                            + " months after review " + quoted(before) + " held on " + beforeOn
                            + " ($[" + previous + "])",
                    "reviewId", review.id(), "heldOn", heldOn, "previousIndex", previous,
                    "previousReviewId", before.id(), "previousHeldOn", beforeOn,
                    "latest", latest, "intervalMonths", months, "daysLate", daysLate);
        }
    }

    private void checkNextOverdue() {
        int last = lastHeld();
        if (last < 0) {
            return;
        }
        Optional<NextDue> next = nextDueAfter(last);
        if (next.isEmpty() || !next.get().isOverdue()) {
            return;
        }
        NextDue due = next.get();
        int concerned = concernedByNext(last);
        String path = concerned == last ? "$[" + last + "]" : "$[" + concerned + "].heldOn";
        String from = due.anchor().planStart().isPresent()
                ? "the first date after it on the " + due.anchor() + " in steps of "
                        + due.intervalMonths() + " months"
                : due.intervalMonths() + " months after it";
        report(ReviewRule.HISTORY_NEXT_OVERDUE, concerned, path,
                "as of " + asOf + " the review after " + quoted(reviews.get(last))
                        + " (held on " + due.lastHeldOn() + ", $[" + last + "]) is "
                        + due.daysOverdue() + " day(s) overdue: it was due by " + due.dueOn()
                        + ", " + from,
                "asOf", asOf, "dueOn", due.dueOn(), "lastHeldReviewId", due.lastHeldReviewId(),
                "lastHeldOn", due.lastHeldOn(), "anchor", due.anchor(),
                "intervalMonths", due.intervalMonths(), "daysOverdue", due.daysOverdue());
    }

    /**
     * Checks the actions of the held reviews: every action left pending is followed up in the
     * next review's input on previous actions (and in each later one while it stays pending),
     * no action was done after its due date, and none is pending after it as of today. The
     * latest follow-up of an action wins over its own status.
     */
    private void checkActions() {
        Map<String, Tracked> byId = new LinkedHashMap<>();
        List<Tracked> all = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            ReviewCycle review = reviews.get(i);
            if (review.stage() == ReviewStage.CANCELLED) {
                continue;
            }
            checkFollowedUp(i, review, byId);
            for (ActionFollowUp update : followUps(review)) {
                Tracked tracked = byId.get(update.actionId());
                if (tracked != null) {
                    tracked.update(update, i);
                }
            }
            if (isHeld(review)) {
                track(i, review, byId, all);
            }
        }
        for (Tracked tracked : all) {
            checkClosedLate(tracked);
            checkOverdue(tracked);
        }
    }

    private void checkFollowedUp(int i, ReviewCycle review, Map<String, Tracked> byId) {
        ReviewRule rule = ReviewRule.HISTORY_ACTION_NOT_FOLLOWED_UP;
        if (!review.stage().isAtLeast(rule.appliesFrom()) || policy.isDisabled(rule.id())) {
            return;
        }
        List<ActionFollowUp> updates = followUps(review);
        String where = inputPath(i, review);
        for (Tracked tracked : byId.values()) {
            if (!tracked.status().isPending() || tracked.origin >= i) {
                continue;
            }
            String id = tracked.action.id().orElseThrow();
            if (updates.stream().noneMatch(update -> update.actionId().equals(id))) {
                report(rule, i, where,
                        "action '" + id + "' at " + tracked.path + " is "
                                + RuleContext.key(tracked.status()) + " but review "
                                + quoted(review) + " does not follow it up in its input '"
                                + PREVIOUS_ACTIONS + "'",
                        "reviewId", review.id(), "actionId", id, "actionPath", tracked.path,
                        "status", tracked.status(), "decidedIn", reviews.get(tracked.origin).id());
            }
        }
    }

    private void track(int i, ReviewCycle review, Map<String, Tracked> byId, List<Tracked> all) {
        List<Decision> decisions = review.decisions();
        for (int d = 0; d < decisions.size(); d++) {
            List<Action> actions = decisions.get(d).actions();
            for (int a = 0; a < actions.size(); a++) {
                Action action = actions.get(a);
                Tracked tracked = new Tracked(i, "$[" + i + "].decisions[" + d + "].actions["
                        + a + "]", action);
                all.add(tracked);
                action.id().ifPresent(id -> byId.put(id, tracked));
            }
        }
    }

    private void checkClosedLate(Tracked tracked) {
        Optional<LocalDate> dueOn = tracked.action.dueOn();
        Optional<LocalDate> completedOn = tracked.completedOn();
        if (tracked.status() != ActionStatus.DONE || dueOn.isEmpty() || completedOn.isEmpty()
                || !completedOn.get().isAfter(dueOn.get())) {
            return;
        }
        long daysLate = ChronoUnit.DAYS.between(dueOn.get(), completedOn.get());
        report(ReviewRule.HISTORY_ACTION_CLOSED_LATE, tracked.origin, tracked.path,
                "action " + name(tracked.action) + " due on " + dueOn.get() + " was done on "
                        + completedOn.get() + ", " + daysLate + " day(s) late" + source(tracked),
                "actionId", tracked.action.id().orElse(""), "dueOn", dueOn.get(),
                "completedOn", completedOn.get(), "daysLate", daysLate);
    }

    private void checkOverdue(Tracked tracked) {
        Optional<LocalDate> dueOn = tracked.action.dueOn();
        if (!tracked.status().isPending() || dueOn.isEmpty() || !asOf.isAfter(dueOn.get())) {
            return;
        }
        long daysOverdue = ChronoUnit.DAYS.between(dueOn.get(), asOf);
        report(ReviewRule.HISTORY_ACTION_OVERDUE, tracked.origin, tracked.path,
                "action " + name(tracked.action) + " due on " + dueOn.get() + " is still "
                        + RuleContext.key(tracked.status()) + " as of " + asOf + ", "
                        + daysOverdue + " day(s) after its due date" + source(tracked),
                "actionId", tracked.action.id().orElse(""), "dueOn", dueOn.get(),
                "status", tracked.status(), "asOf", asOf, "daysOverdue", daysOverdue);
    }

    private String source(Tracked tracked) {
        return tracked.updatedIn < 0 ? ""
                : " (status as followed up by review " + quoted(reviews.get(tracked.updatedIn))
                        + " at $[" + tracked.updatedIn + "])";
    }

    /** Returns the index of the held review with the latest held date, the later on a tie. */
    private int lastHeld() {
        int last = -1;
        for (int i = 0; i < reviews.size(); i++) {
            ReviewCycle review = reviews.get(i);
            if (isHeld(review) && (last < 0 || !review.heldOn().orElseThrow()
                    .isBefore(reviews.get(last).heldOn().orElseThrow()))) {
                last = i;
            }
        }
        return last;
    }

    /**
     * Returns the index of the review the next due date concerns: the first review after the
     * last held one in the history that is not held and not cancelled, or else the last held one.
     */
    private int concernedByNext(int last) {
        for (int i = last + 1; i < reviews.size(); i++) {
            ReviewCycle review = reviews.get(i);
            if (!isHeld(review) && review.stage() != ReviewStage.CANCELLED) {
                return i;
            }
        }
        return last;
    }

    private Optional<NextDue> nextDueAfter(int last) {
        ReviewCycle lastReview = reviews.get(last);
        LocalDate lastOn = lastReview.heldOn().orElseThrow();
        int months = effectiveMonths(reviews.get(concernedByNext(last)).edition());
        NextDueAnchor anchor = policy.nextDueAnchor();
        LocalDate dueOn;
        try {
            dueOn = anchor.nextDue(lastOn, IntervalPolicy.ofMonths(months));
        } catch (DateTimeException e) {
            // The calendar ends before the due date: nothing can be overdue.
            dueOn = LocalDate.MAX;
        }
        return Optional.of(NextDue.of(dueOn, lastReview.id(), lastOn, anchor, months, asOf));
    }

    private int effectiveMonths(Edition edition) {
        int months = policy.interval().months();
        if (edition.intervalRequirement() == IntervalRequirement.AT_LEAST_YEARLY) {
            return Math.min(months, YEARLY_MONTHS);
        }
        return months;
    }

    private void report(ReviewRule rule, int index, String path, String message,
            Object... namesAndValues) {
        if (policy.isDisabled(rule.id())) {
            return;
        }
        Edition edition = reviews.get(index).edition();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            values.put(String.valueOf(namesAndValues[i]),
                    value instanceof Enum<?> constant ? RuleContext.key(constant)
                            : String.valueOf(value));
        }
        findings.add(Finding.of(rule.id(), policy.severity(rule, edition), path, message,
                rule.clause(edition), values));
    }

    private static boolean isHeld(ReviewCycle review) {
        return review.heldOn().isPresent() && review.stage() != ReviewStage.CANCELLED;
    }

    private static Optional<LocalDate> orderDate(ReviewCycle review) {
        return review.heldOn().isPresent() ? review.heldOn() : review.plannedOn();
    }

    private static String orderField(ReviewCycle review) {
        return review.heldOn().isPresent() ? "heldOn" : "plannedOn";
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * Checks whether two references name the same review: by id when both have one, by held
     * date when one of them has none.
     */
    private static boolean sameReview(PreviousReview one, PreviousReview other) {
        if (one.id().isPresent() && other.id().isPresent()) {
            return one.id().get().equals(other.id().get());
        }
        return one.heldOn().equals(other.heldOn());
    }

    private static String describe(PreviousReview previous) {
        return previous.id().map(id -> "review '" + id + "' held on " + previous.heldOn())
                .orElse("the review held on " + previous.heldOn());
    }

    private static String quoted(ReviewCycle review) {
        return "'" + review.id() + "'";
    }

    private static String name(Action action) {
        return action.id().map(id -> "'" + id + "'")
                .or(() -> action.description().map(text -> "'" + text + "'"))
                .orElse("without id");
    }

    private static List<ActionFollowUp> followUps(ReviewCycle review) {
        List<ActionFollowUp> updates = new ArrayList<>();
        for (InputEntry input : review.inputsFor(PREVIOUS_ACTIONS)) {
            updates.addAll(input.actionUpdates());
        }
        return updates;
    }

    private static String inputPath(int i, ReviewCycle review) {
        List<InputEntry> inputs = review.inputs();
        for (int k = 0; k < inputs.size(); k++) {
            if (inputs.get(k).category().equals(PREVIOUS_ACTIONS)) {
                return "$[" + i + "].inputs[" + k + "].actionUpdates";
            }
        }
        return "$[" + i + "].inputs";
    }

    private static LocalDate plusMonths(LocalDate date, int months) {
        try {
            return date.plusMonths(months);
        } catch (DateTimeException e) {
            return LocalDate.MAX;
        }
    }

    /** An action of a held review with the latest follow-up known of it. */
    private static final class Tracked {

        final int origin;
        final String path;
        final Action action;
        @Nullable ActionFollowUp latest;
        @Nullable LocalDate latestCompletedOn;
        int updatedIn = -1;

        Tracked(int origin, String path, Action action) {
            this.origin = origin;
            this.path = path;
            this.action = action;
        }

        void update(ActionFollowUp update, int index) {
            latest = update;
            updatedIn = index;
            if (update.completedOn().isPresent()) {
                latestCompletedOn = update.completedOn().get();
            }
        }

        ActionStatus status() {
            return latest != null ? latest.status() : action.status();
        }

        Optional<LocalDate> completedOn() {
            return latestCompletedOn != null ? Optional.of(latestCompletedOn)
                    : action.completedOn();
        }
    }
}
