package io.github.ismsreview.validation;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.model.Action;
import io.github.ismsreview.model.ActionFollowUp;
import io.github.ismsreview.model.ActionStatus;
import io.github.ismsreview.model.Decision;
import io.github.ismsreview.model.InputEntry;
import io.github.ismsreview.model.PreviousReview;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The rules across the reviews of a {@link ReviewHistory}: chronological order, distinct ids,
 * previous reviews named once and correctly, the gaps between held reviews, the next due date,
 * and the follow-up of actions.
 *
 * <p>A review counts as held when it has a held date and is not cancelled. The history is taken
 * in the order given; pairs that the order rule reports are not judged again by the gap rule.
 * Each finding takes the severity and clause of the edition of the review it concerns; its
 * message is in the validator's language, its rule id, path and values are not.
 */
final class HistoryRules {

    /** The input category, in every edition, on the actions of earlier reviews. */
    static final String PREVIOUS_ACTIONS = "previous-review-actions";

    private final List<ReviewCycle> reviews;
    private final ValidationPolicy policy;
    private final LocalDate asOf;
    private final Messages messages;
    private final List<Finding> findings = new ArrayList<>();

    private HistoryRules(ReviewHistory history, ValidationPolicy policy, LocalDate asOf,
            Locale locale) {
        this.reviews = history.reviews();
        this.policy = policy;
        this.asOf = asOf;
        this.messages = Messages.of(Messages.VALIDATION, locale);
    }

    /** Returns the findings across the reviews of the history, as of the given date, in English. */
    static List<Finding> check(ReviewHistory history, ValidationPolicy policy, LocalDate asOf) {
        return check(history, policy, asOf, Locale.ENGLISH);
    }

    /**
     * Returns the findings across the reviews of the history, as of the given date, with
     * messages in the language of the locale, else English.
     */
    static List<Finding> check(ReviewHistory history, ValidationPolicy policy, LocalDate asOf,
            Locale locale) {
        HistoryRules rules = new HistoryRules(history, policy, asOf, locale);
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
        HistoryRules rules = new HistoryRules(history, policy, asOf, Locale.ENGLISH);
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
                            message("history.order", "reviewId", review.id(),
                                    "field", orderField(review), "date", date.get(),
                                    "earlierReviewId", before.id(), "earlierIndex", previous,
                                    "earlierField", orderField(before),
                                    "earlierDate", beforeDate),
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
                        message("history.duplicate-id", "reviewId", review.id(), "index", i,
                                "firstIndex", first),
                        "reviewId", review.id(), "index", i, "firstIndex", first);
            }
        }
    }

    /**
     * Checks that no two reviews name the same previous review, by id when both references have
     * one, else by held date. Each claim is compared with the first earlier claim of the same id
     * and of the same date, so the earliest other claimant is named.
     */
    private void checkPreviousClaimedTwice() {
        Map<String, Integer> firstById = new HashMap<>();
        Map<LocalDate, Integer> firstByDate = new HashMap<>();
        Map<LocalDate, Integer> firstWithoutIdByDate = new HashMap<>();
        for (int i = 0; i < reviews.size(); i++) {
            ReviewCycle review = reviews.get(i);
            if (review.stage() == ReviewStage.CANCELLED || review.previousReview().isEmpty()) {
                continue;
            }
            PreviousReview claimed = review.previousReview().get();
            Integer other;
            if (claimed.id().isPresent()) {
                other = earliest(firstById.get(claimed.id().get()),
                        firstWithoutIdByDate.get(claimed.heldOn()));
                firstById.putIfAbsent(claimed.id().get(), i);
            } else {
                other = firstByDate.get(claimed.heldOn());
                firstWithoutIdByDate.putIfAbsent(claimed.heldOn(), i);
            }
            firstByDate.putIfAbsent(claimed.heldOn(), i);
            if (other == null) {
                continue;
            }
            ReviewCycle earlier = reviews.get(other);
            report(ReviewRule.HISTORY_PREVIOUS_CLAIMED_TWICE, i, "$[" + i + "].previousReview",
                    message("history.previous-claimed-twice", "reviewId", review.id(),
                            "previous", describe(claimed), "otherReviewId", earlier.id(),
                            "otherIndex", other),
                    "reviewId", review.id(), "previousReviewId", claimed.id().orElse(""),
                    "previousHeldOn", claimed.heldOn(), "otherIndex", other,
                    "otherReviewId", earlier.id());
        }
    }

    private static @Nullable Integer earliest(@Nullable Integer one, @Nullable Integer other) {
        if (one == null) {
            return other;
        }
        return other == null ? one : Math.min(one, other);
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
        if (review.previousReview().isEmpty()) {
            if (review.firstReview()) {
                report(ReviewRule.HISTORY_PREVIOUS_MISMATCH, i, "$[" + i + "].firstReview",
                        message("history.previous-mismatch.first-review",
                                "reviewId", review.id(), "expectedPreviousReviewId", before.id(),
                                "expectedPreviousHeldOn", beforeOn,
                                "expectedPreviousIndex", heldBefore),
                        "reviewId", review.id(), "expectedPreviousReviewId", before.id(),
                        "expectedPreviousHeldOn", beforeOn);
            }
            return;
        }
        PreviousReview named = review.previousReview().get();
        boolean idDiffers = named.id().isPresent() && !named.id().get().equals(before.id());
        if (idDiffers || !named.heldOn().equals(beforeOn)) {
            report(ReviewRule.HISTORY_PREVIOUS_MISMATCH, i, "$[" + i + "].previousReview",
                    message("history.previous-mismatch", "reviewId", review.id(),
                            "previous", describe(named), "expectedPreviousReviewId", before.id(),
                            "expectedPreviousHeldOn", beforeOn,
                            "expectedPreviousIndex", heldBefore),
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
        int months = effectiveMonths(review);
        LocalDate latest = IntervalRules.latest(beforeOn, months);
        if (heldOn.isAfter(latest)) {
            long daysLate = ChronoUnit.DAYS.between(latest, heldOn);
            report(ReviewRule.HISTORY_GAP_EXCEEDED, i, "$[" + i + "].heldOn",
                    message("history.gap-exceeded", "reviewId", review.id(),
                            "heldOn", heldOn, "daysLate", daysLate, "latest", latest,
                            "intervalMonths", months, "previousReviewId", before.id(),
                            "previousHeldOn", beforeOn, "previousIndex", previous),
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
        Optional<LocalDate> planStart = due.anchor().planStart();
        String message = planStart.isPresent()
                ? message("history.next-overdue.fixed-plan", "asOf", asOf,
                        "lastHeldReviewId", due.lastHeldReviewId(),
                        "lastHeldOn", due.lastHeldOn(), "lastHeldIndex", last,
                        "daysOverdue", due.daysOverdue(), "dueOn", due.dueOn(),
                        "planStart", planStart.get(), "intervalMonths", due.intervalMonths())
                : message("history.next-overdue", "asOf", asOf,
                        "lastHeldReviewId", due.lastHeldReviewId(),
                        "lastHeldOn", due.lastHeldOn(), "lastHeldIndex", last,
                        "daysOverdue", due.daysOverdue(), "dueOn", due.dueOn(),
                        "intervalMonths", due.intervalMonths());
        report(ReviewRule.HISTORY_NEXT_OVERDUE, concerned, path, message,
                "asOf", asOf, "dueOn", due.dueOn(), "lastHeldReviewId", due.lastHeldReviewId(),
                "lastHeldOn", due.lastHeldOn(), "anchor", due.anchor(),
                "intervalMonths", due.intervalMonths(), "daysOverdue", due.daysOverdue());
    }

    /**
     * Checks the actions of the held reviews: every action left pending is followed up in the
     * next review's input on previous actions, and in each later one while it stays pending; no
     * action was done after its due date, and none is pending after it as of today. The latest
     * follow-up of an action wins over its own status. An action a review fails to follow up is
     * reported there once, not again in every later review, unless a follow-up brings it back.
     */
    private void checkActions() {
        Map<String, Tracked> byId = new HashMap<>();
        // The pending actions to follow up, in the order they were decided.
        TreeMap<Integer, Tracked> pending = new TreeMap<>();
        List<Tracked> all = new ArrayList<>();
        boolean heldBefore = false;
        for (int i = 0; i < reviews.size(); i++) {
            ReviewCycle review = reviews.get(i);
            if (review.stage() == ReviewStage.CANCELLED) {
                continue;
            }
            checkFollowedUp(i, review, pending);
            followUp(i, review, byId, pending, heldBefore);
            if (isHeld(review)) {
                track(i, review, byId, pending, all);
                heldBefore = true;
            }
        }
        for (Tracked tracked : all) {
            checkClosedLate(tracked);
            checkOverdue(tracked);
            checkCompletedBeforeDecision(tracked);
        }
    }

    /**
     * Applies the review's follow-ups to the actions they name. A follow-up of an action no
     * earlier review decided is reported once a held review comes before it; in the first
     * review of a history it may follow up a review from before the history.
     */
    private void followUp(int i, ReviewCycle review, Map<String, Tracked> byId,
            TreeMap<Integer, Tracked> pending, boolean heldBefore) {
        List<InputEntry> inputs = review.inputs();
        for (int k = 0; k < inputs.size(); k++) {
            if (!inputs.get(k).category().equals(PREVIOUS_ACTIONS)) {
                continue;
            }
            List<ActionFollowUp> updates = inputs.get(k).actionUpdates();
            for (int u = 0; u < updates.size(); u++) {
                ActionFollowUp update = updates.get(u);
                Tracked tracked = byId.get(update.actionId());
                if (tracked != null) {
                    tracked.update(update, i);
                    if (tracked.status().isPending()) {
                        pending.put(tracked.sequence, tracked);
                    } else {
                        pending.remove(tracked.sequence);
                    }
                } else if (heldBefore) {
                    String path = "$[" + i + "].inputs[" + k + "].actionUpdates[" + u + "]";
                    report(ReviewRule.HISTORY_ACTION_UNKNOWN, i, path + ".actionId",
                            message("history.action-unknown", "actionId", update.actionId(),
                                    "reviewId", review.id()),
                            "reviewId", review.id(), "actionId", update.actionId());
                }
            }
        }
    }

    private void checkFollowedUp(int i, ReviewCycle review, TreeMap<Integer, Tracked> pending) {
        ReviewRule rule = ReviewRule.HISTORY_ACTION_NOT_FOLLOWED_UP;
        if (!review.stage().isAtLeast(rule.appliesFrom()) || policy.isDisabled(rule.id())) {
            return;
        }
        Set<String> followedUp = new HashSet<>();
        followUps(review).forEach(update -> followedUp.add(update.actionId()));
        String where = inputPath(i, review);
        Iterator<Tracked> open = pending.values().iterator();
        while (open.hasNext()) {
            Tracked tracked = open.next();
            String id = tracked.action.id().orElseThrow();
            if (!followedUp.contains(id)) {
                report(rule, i, where,
                        message("history.action-not-followed-up", "actionId", id,
                                "actionPath", tracked.path, "status", tracked.status(),
                                "reviewId", review.id(), "category", PREVIOUS_ACTIONS),
                        "reviewId", review.id(), "actionId", id, "actionPath", tracked.path,
                        "status", tracked.status(), "decidedIn", reviews.get(tracked.origin).id());
                open.remove();
            }
        }
    }

    private void track(int i, ReviewCycle review, Map<String, Tracked> byId,
            TreeMap<Integer, Tracked> pending, List<Tracked> all) {
        List<Decision> decisions = review.decisions();
        for (int d = 0; d < decisions.size(); d++) {
            List<Action> actions = decisions.get(d).actions();
            for (int a = 0; a < actions.size(); a++) {
                Action action = actions.get(a);
                Tracked tracked = new Tracked(all.size(), i, "$[" + i + "].decisions[" + d
                        + "].actions[" + a + "]", action);
                all.add(tracked);
                if (action.id().isEmpty()) {
                    continue;
                }
                String id = action.id().get();
                Tracked earlier = byId.put(id, tracked);
                if (earlier != null) {
                    // Follow-ups of the id go to the later action from now on.
                    pending.remove(earlier.sequence);
                    reportReused(tracked, id, earlier);
                }
                if (action.status().isPending()) {
                    pending.put(tracked.sequence, tracked);
                }
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
                message(withSource("history.action-closed-late", tracked),
                        "action", name(tracked.action), "dueOn", dueOn.get(),
                        "completedOn", completedOn.get(), "daysLate", daysLate,
                        "followedUpInReviewId", followedUpIn(tracked),
                        "followedUpInIndex", tracked.updatedIn),
                "actionId", tracked.action.id().orElse(""), "dueOn", dueOn.get(),
                "completedOn", completedOn.get(), "daysLate", daysLate);
    }

    /** Reports an action whose id an earlier action has; follow-ups then go to the later. */
    private void reportReused(Tracked tracked, String id, Tracked earlier) {
        report(ReviewRule.HISTORY_ACTION_ID_REUSED, tracked.origin, tracked.path + ".id",
                message("history.action-id-reused", "actionId", id,
                        "reviewId", reviews.get(tracked.origin).id(),
                        "earlierPath", earlier.path,
                        "earlierReviewId", reviews.get(earlier.origin).id()),
                "actionId", id, "reviewId", reviews.get(tracked.origin).id(),
                "earlierPath", earlier.path,
                "earlierReviewId", reviews.get(earlier.origin).id());
    }

    private void checkCompletedBeforeDecision(Tracked tracked) {
        LocalDate decidedOn = reviews.get(tracked.origin).heldOn().orElseThrow();
        Optional<LocalDate> completedOn = tracked.completedOn();
        if (tracked.status().isPending() || completedOn.isEmpty()
                || !completedOn.get().isBefore(decidedOn)) {
            return;
        }
        long daysBefore = ChronoUnit.DAYS.between(completedOn.get(), decidedOn);
        report(ReviewRule.HISTORY_ACTION_COMPLETED_BEFORE_DECISION, tracked.origin,
                tracked.path,
                message(withSource("history.action-completed-before-decision", tracked),
                        "action", name(tracked.action), "completedOn", completedOn.get(),
                        "decidedOn", decidedOn, "daysBefore", daysBefore,
                        "reviewId", reviews.get(tracked.origin).id(),
                        "followedUpInReviewId", followedUpIn(tracked),
                        "followedUpInIndex", tracked.updatedIn),
                "actionId", tracked.action.id().orElse(""), "completedOn", completedOn.get(),
                "decidedOn", decidedOn, "daysBefore", daysBefore);
    }

    private void checkOverdue(Tracked tracked) {
        Optional<LocalDate> dueOn = tracked.action.dueOn();
        if (!tracked.status().isPending() || dueOn.isEmpty() || !asOf.isAfter(dueOn.get())) {
            return;
        }
        long daysOverdue = ChronoUnit.DAYS.between(dueOn.get(), asOf);
        report(ReviewRule.HISTORY_ACTION_OVERDUE, tracked.origin, tracked.path,
                message(withSource("history.action-overdue", tracked),
                        "action", name(tracked.action), "dueOn", dueOn.get(),
                        "status", tracked.status(), "asOf", asOf, "daysOverdue", daysOverdue,
                        "followedUpInReviewId", followedUpIn(tracked),
                        "followedUpInIndex", tracked.updatedIn),
                "actionId", tracked.action.id().orElse(""), "dueOn", dueOn.get(),
                "status", tracked.status(), "asOf", asOf, "daysOverdue", daysOverdue);
    }

    /**
     * Returns the key of the message, with the suffix {@code .followed-up} when the action's
     * status comes from a later review's follow-up, which the message then names.
     */
    private static String withSource(String key, Tracked tracked) {
        return tracked.updatedIn < 0 ? key : key + ".followed-up";
    }

    /** Returns the id of the review whose follow-up gave the action's status, or "". */
    private String followedUpIn(Tracked tracked) {
        return tracked.updatedIn < 0 ? "" : reviews.get(tracked.updatedIn).id();
    }

    /**
     * Returns the message of the key in the validator's language, its named placeholders filled
     * in literally.
     */
    private String message(String key, Object... namesAndValues) {
        return messages.format(key, namesAndValues);
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
        int months = effectiveMonths(reviews.get(concernedByNext(last)));
        NextDueAnchor anchor = policy.nextDueAnchor();
        // Where the calendar ends before the due date, this is LocalDate.MAX: never overdue.
        LocalDate dueOn = anchor.nextDue(lastOn, IntervalPolicy.ofMonths(months));
        return Optional.of(NextDue.of(dueOn, lastReview.id(), lastOn, anchor, months, asOf));
    }

    private int effectiveMonths(ReviewCycle review) {
        return IntervalRules.effectiveMonths(policy.interval(), review.editions());
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
                rule.clause(edition, messages.locale()), values));
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

    /** Returns how a message names a previous review: by id and date, else by date. */
    private String describe(PreviousReview previous) {
        return previous.id()
                .map(id -> message("history.label.previous.id", "id", id,
                        "heldOn", previous.heldOn()))
                .orElseGet(() -> message("history.label.previous.date",
                        "heldOn", previous.heldOn()));
    }

    /** Returns how a message names an action: by id, else by its text, else as without id. */
    private String name(Action action) {
        return action.id()
                .map(id -> message("history.label.action.id", "id", id))
                .or(() -> action.description()
                        .map(text -> message("history.label.action.text", "text", text)))
                .orElseGet(() -> message("history.label.action.none"));
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

    /** An action of a held review with the latest follow-up known of it. */
    private static final class Tracked {

        final int sequence;
        final int origin;
        final String path;
        final Action action;
        @Nullable ActionFollowUp latest;
        int updatedIn = -1;
        Optional<LocalDate> completedOn;

        Tracked(int sequence, int origin, String path, Action action) {
            this.sequence = sequence;
            this.origin = origin;
            this.path = path;
            this.action = action;
            this.completedOn = action.completedOn();
        }

        /**
         * Takes the follow-up's status. Its completion date replaces the one known; without one,
         * the date known stands only while the action stays done or cancelled: an action that
         * is reopened, or completed anew, has no known completion date.
         */
        void update(ActionFollowUp update, int index) {
            boolean wasCompleted = !status().isPending();
            latest = update;
            updatedIn = index;
            if (update.completedOn().isPresent()) {
                completedOn = update.completedOn();
            } else if (update.status().isPending() || !wasCompleted) {
                completedOn = Optional.empty();
            }
        }

        ActionStatus status() {
            return latest != null ? latest.status() : action.status();
        }

        Optional<LocalDate> completedOn() {
            return completedOn;
        }
    }
}
