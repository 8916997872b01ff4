package io.github.ismsreview.validation;

import io.github.ismsreview.edition.ClauseTopic;
import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.edition.IntervalRequirement;
import io.github.ismsreview.model.ReviewStage;
import java.util.Locale;
import java.util.Optional;

/**
 * The catalogue of rules the validator applies, each with a stable id, a severity, the clause
 * topic it rests on, the first stage it applies to and a short title.
 *
 * <p>A rule's severity may depend on the edition, through how the edition states the interval
 * ({@link IntervalRequirement}): ISO/IEC 27001:2005, the one edition that requires a review at
 * least yearly, also names the security policy and objectives and the drivers of a change in
 * its review clause, so breaking those is an error there; every edition that leaves the interval
 * to the organization's plan (ISO/IEC 27001:2013 and 2022, the Harmonized Structure, ISO 9001
 * and ISO 14001) leaves those to other clauses too, so the same finding is a warning. Rules
 * marked {@linkplain #isGuidePractice() guide practice} rest on the 2009 implementation guide
 * rather than on the standard's text, and are warnings.
 */
public enum ReviewRule {

    /** A Bean Validation constraint on the model is broken (a blank name, a negative effort). */
    STRUCTURE_CONSTRAINT("structure.constraint", ClauseTopic.DOCUMENTED_RESULTS,
            Severity.ERROR, ReviewStage.PLANNED, false,
            "A value of the record breaks a constraint of the model"),

    /** The review has no planned date. */
    STAGE_PLANNED_DATE_MISSING("stage.planned-date-missing", ClauseTopic.REVIEW_INTERVAL,
            Severity.WARNING, ReviewStage.PLANNED, false,
            "The review has a planned date"),

    /** A review that was held has no held date. */
    STAGE_HELD_DATE_MISSING("stage.held-date-missing", ClauseTopic.DOCUMENTED_RESULTS,
            Severity.ERROR, ReviewStage.HELD, false,
            "A held review has the date it was held"),

    /** A cancelled review does not say why it was cancelled. */
    STAGE_CANCELLATION_REASON_MISSING("stage.cancellation-reason-missing",
            ClauseTopic.DOCUMENTED_RESULTS, Severity.ERROR, ReviewStage.CANCELLED, false,
            "A cancelled review says why it was cancelled"),

    /** The held date lies after the as-of date of the validation. */
    STAGE_HELD_IN_FUTURE("stage.held-in-future", ClauseTopic.DOCUMENTED_RESULTS,
            Severity.ERROR, ReviewStage.PLANNED, false,
            "A held review was not held after today"),

    /** Neither a previous review nor the statement that this is the first review. */
    INTERVAL_PREVIOUS_UNKNOWN("interval.previous-unknown", ClauseTopic.REVIEW_INTERVAL,
            Severity.WARNING, ReviewStage.PLANNED, false,
            "The record names the previous review or says it is the first"),

    /** The review was held on or before the previous one. */
    INTERVAL_NOT_AFTER_PREVIOUS("interval.not-after-previous", ClauseTopic.REVIEW_INTERVAL,
            Severity.ERROR, ReviewStage.PLANNED, false,
            "The review comes after the previous one"),

    /** The review was held later than the interval after the previous one allows. */
    INTERVAL_EXCEEDED("interval.exceeded", ClauseTopic.REVIEW_INTERVAL,
            Severity.ERROR, ReviewStage.PLANNED, false,
            "The review was held within the interval after the previous one",
            Severity.WARNING),

    /** The review is planned for a date later than the interval allows. */
    INTERVAL_PLANNED_TOO_LATE("interval.planned-too-late", ClauseTopic.REVIEW_INTERVAL,
            Severity.ERROR, ReviewStage.PLANNED, false,
            "A review not yet held is planned within the interval",
            Severity.WARNING),

    /** The review is not held yet and the interval has run out as of the validation date. */
    INTERVAL_OVERDUE("interval.overdue", ClauseTopic.REVIEW_INTERVAL,
            Severity.ERROR, ReviewStage.PLANNED, false,
            "A review not yet held is not overdue",
            Severity.WARNING),

    /** The review was held after its planned date. */
    INTERVAL_HELD_LATE("interval.held-late", ClauseTopic.REVIEW_INTERVAL,
            Severity.WARNING, ReviewStage.PLANNED, false,
            "The review was held on or before its planned date"),

    /** A required input category has no entry. */
    INPUT_CATEGORY_MISSING("input.category-missing", ClauseTopic.REVIEW_INPUTS,
            Severity.ERROR, ReviewStage.INPUTS_PREPARED, false,
            "Every input category of the edition is addressed or has nothing to report"),

    /** An entry names a category the edition does not have. */
    INPUT_CATEGORY_UNKNOWN("input.category-unknown", ClauseTopic.REVIEW_INPUTS,
            Severity.ERROR, ReviewStage.PLANNED, false,
            "Every input entry names a category of the edition"),

    /** Two entries name the same category. */
    INPUT_CATEGORY_DUPLICATED("input.category-duplicated", ClauseTopic.REVIEW_INPUTS,
            Severity.WARNING, ReviewStage.PLANNED, false,
            "Each input category has one entry"),

    /** An addressed entry has no summary. */
    INPUT_SUMMARY_MISSING("input.summary-missing", ClauseTopic.REVIEW_INPUTS,
            Severity.ERROR, ReviewStage.INPUTS_PREPARED, false,
            "An addressed input says what was presented"),

    /** An entry marked as having nothing to report gives no reason. */
    INPUT_REASON_MISSING("input.reason-missing", ClauseTopic.REVIEW_INPUTS,
            Severity.ERROR, ReviewStage.INPUTS_PREPARED, false,
            "An input with nothing to report says why"),

    /** An addressed entry names no report management could read. */
    INPUT_EVIDENCE_MISSING("input.evidence-missing", ClauseTopic.REVIEW_INPUTS,
            Severity.WARNING, ReviewStage.INPUTS_PREPARED, true,
            "An addressed input names the reports behind it"),

    /** An entry does not say who prepared it. */
    INPUT_PREPARER_MISSING("input.preparer-missing", ClauseTopic.REVIEW_INPUTS,
            Severity.WARNING, ReviewStage.INPUTS_PREPARED, true,
            "An input says who prepared it"),

    /** The information security officer made no recommendation in the meeting. */
    RECOMMENDATION_MISSING("recommendation.missing", ClauseTopic.REVIEW_INPUTS,
            Severity.WARNING, ReviewStage.HELD, true,
            "The information security officer recommended changes, priorities or resources"),

    /** A recommendation does not say what it recommends. */
    RECOMMENDATION_DESCRIPTION_MISSING("recommendation.description-missing",
            ClauseTopic.REVIEW_INPUTS, Severity.WARNING, ReviewStage.HELD, true,
            "Every recommendation says what it recommends"),

    /** The record does not show that improvement opportunities were assessed. */
    ASSESSMENT_IMPROVEMENT_MISSING("assessment.improvement-missing",
            ClauseTopic.CHANGE_ASSESSMENT, Severity.ERROR, ReviewStage.HELD, false,
            "The record shows that opportunities for improvement were assessed"),

    /** The record does not show that the need for changes to the ISMS was assessed. */
    ASSESSMENT_CHANGES_MISSING("assessment.changes-missing", ClauseTopic.CHANGE_ASSESSMENT,
            Severity.ERROR, ReviewStage.HELD, false,
            "The record shows that the need for changes to the ISMS was assessed"),

    /** The record does not show that the security policy was assessed. */
    ASSESSMENT_POLICY_MISSING("assessment.policy-missing", ClauseTopic.CHANGE_ASSESSMENT,
            Severity.ERROR, ReviewStage.HELD, false,
            "The record shows that the information security policy was assessed",
            Severity.WARNING),

    /** The record does not show that the security objectives were assessed. */
    ASSESSMENT_OBJECTIVES_MISSING("assessment.objectives-missing", ClauseTopic.CHANGE_ASSESSMENT,
            Severity.ERROR, ReviewStage.HELD, false,
            "The record shows that the information security objectives were assessed",
            Severity.WARNING),

    /** The record has no conclusion on suitability, adequacy and effectiveness. */
    ASSESSMENT_SUITABILITY_MISSING("assessment.suitability-missing", ClauseTopic.REVIEW_INTERVAL,
            Severity.WARNING, ReviewStage.HELD, false,
            "The record concludes whether the ISMS is still suitable, adequate and effective"),

    /** A held review records no decision at all. */
    DECISION_NONE("decision.none", ClauseTopic.REVIEW_OUTPUTS,
            Severity.ERROR, ReviewStage.HELD, false,
            "A held review records its decisions"),

    /** A decision has no output category. */
    DECISION_CATEGORY_MISSING("decision.category-missing", ClauseTopic.REVIEW_OUTPUTS,
            Severity.ERROR, ReviewStage.HELD, false,
            "Every decision has an output category of the edition"),

    /** A decision names an output category the edition does not have. */
    DECISION_CATEGORY_UNKNOWN("decision.category-unknown", ClauseTopic.REVIEW_OUTPUTS,
            Severity.ERROR, ReviewStage.PLANNED, false,
            "Every decision's category is an output category of the edition"),

    /** A decision's classification is not an ISO/IEC 27001:2005 output category. */
    DECISION_CLASSIFICATION_UNKNOWN("decision.classification-unknown",
            ClauseTopic.REVIEW_OUTPUTS, Severity.ERROR, ReviewStage.PLANNED, false,
            "Every classification is an ISO/IEC 27001:2005 7.3 output category"),

    /** A decision does not say what was decided. */
    DECISION_DESCRIPTION_MISSING("decision.description-missing", ClauseTopic.REVIEW_OUTPUTS,
            Severity.ERROR, ReviewStage.HELD, false,
            "Every decision says what was decided"),

    /** A change to procedures and controls names no change driver. */
    DECISION_DRIVER_MISSING("decision.driver-missing", ClauseTopic.REVIEW_OUTPUTS,
            Severity.ERROR, ReviewStage.HELD, false,
            "A change to procedures and controls (2005 7.3 c) names what drives it",
            Severity.WARNING),

    /** A resource decision carries neither money nor effort. */
    DECISION_RESOURCES_UNQUANTIFIED("decision.resources-unquantified",
            ClauseTopic.REVIEW_OUTPUTS, Severity.WARNING, ReviewStage.HELD, false,
            "A resource decision states the money or effort it reserves"),

    /** An action does not say what is to be done. */
    ACTION_DESCRIPTION_MISSING("action.description-missing", ClauseTopic.REVIEW_OUTPUTS,
            Severity.ERROR, ReviewStage.HELD, false,
            "Every action says what is to be done"),

    /** An action has no owner. */
    ACTION_OWNER_MISSING("action.owner-missing", ClauseTopic.REVIEW_OUTPUTS,
            Severity.ERROR, ReviewStage.HELD, false,
            "Every action has an owner"),

    /** An action has no due date. */
    ACTION_DUE_DATE_MISSING("action.due-date-missing", ClauseTopic.REVIEW_OUTPUTS,
            Severity.ERROR, ReviewStage.HELD, false,
            "Every action has a due date"),

    /** An action is due before the meeting that decided it. */
    ACTION_DUE_BEFORE_MEETING("action.due-before-meeting", ClauseTopic.REVIEW_OUTPUTS,
            Severity.ERROR, ReviewStage.HELD, false,
            "No action is due before the meeting that decided it"),

    /** A held review has no protocol. */
    PROTOCOL_MISSING("protocol.missing", ClauseTopic.DOCUMENTED_RESULTS,
            Severity.ERROR, ReviewStage.HELD, false,
            "A held review has a protocol"),

    /** The protocol has no meeting date. */
    PROTOCOL_DATE_MISSING("protocol.date-missing", ClauseTopic.DOCUMENTED_RESULTS,
            Severity.ERROR, ReviewStage.HELD, false,
            "The protocol states the date of the meeting"),

    /** The protocol's meeting date differs from the review's held date. */
    PROTOCOL_DATE_MISMATCH("protocol.date-mismatch", ClauseTopic.DOCUMENTED_RESULTS,
            Severity.ERROR, ReviewStage.HELD, false,
            "The protocol's meeting date is the review's held date"),

    /** No member of top management attended. */
    PROTOCOL_TOP_MANAGEMENT_ABSENT("protocol.top-management-absent",
            ClauseTopic.REVIEW_INTERVAL, Severity.ERROR, ReviewStage.HELD, false,
            "At least one member of top management attended"),

    /** The information security officer did not attend. */
    PROTOCOL_OFFICER_ABSENT("protocol.officer-absent", ClauseTopic.REVIEW_INPUTS,
            Severity.WARNING, ReviewStage.HELD, true,
            "The information security officer attended to present and recommend"),

    /** The protocol lists nothing that was agreed. */
    PROTOCOL_AGREED_ITEMS_MISSING("protocol.agreed-items-missing",
            ClauseTopic.DOCUMENTED_RESULTS, Severity.ERROR, ReviewStage.HELD, false,
            "The protocol lists what was agreed"),

    /**
     * The protocol is not signed: a warning while the review is held, an error once it is
     * closed.
     */
    PROTOCOL_UNSIGNED("protocol.unsigned", ClauseTopic.DOCUMENTED_RESULTS,
            Severity.WARNING, ReviewStage.HELD, true,
            "The protocol is signed by a top-management representative (required to close)"),

    /** The signer is not an attending participant with the top-management role. */
    PROTOCOL_SIGNER_NOT_TOP_MANAGEMENT("protocol.signer-not-top-management",
            ClauseTopic.DOCUMENTED_RESULTS, Severity.ERROR, ReviewStage.HELD, false,
            "The signer attended the meeting as a member of top management"),

    /** The protocol was signed before the meeting. */
    PROTOCOL_SIGNED_BEFORE_MEETING("protocol.signed-before-meeting",
            ClauseTopic.DOCUMENTED_RESULTS, Severity.ERROR, ReviewStage.HELD, false,
            "The protocol is signed on or after the meeting date"),

    /** Two reviews of a history are not in the order of their dates. */
    HISTORY_ORDER("history.order", ClauseTopic.REVIEW_INTERVAL, Severity.ERROR,
            ReviewStage.PLANNED, false,
            "The reviews of a history are in chronological order"),

    /** Two reviews of a history have the same id. */
    HISTORY_DUPLICATE_ID("history.duplicate-id", ClauseTopic.DOCUMENTED_RESULTS,
            Severity.ERROR, ReviewStage.PLANNED, false,
            "Every review of a history has its own id"),

    /** Two reviews of a history name the same previous review. */
    HISTORY_PREVIOUS_CLAIMED_TWICE("history.previous-claimed-twice",
            ClauseTopic.DOCUMENTED_RESULTS, Severity.ERROR, ReviewStage.PLANNED, false,
            "No two reviews of a history name the same previous review"),

    /** A review names a previous review that is not the one before it in the history. */
    HISTORY_PREVIOUS_MISMATCH("history.previous-mismatch", ClauseTopic.DOCUMENTED_RESULTS,
            Severity.WARNING, ReviewStage.PLANNED, false,
            "A review's previous review is the held review before it in the history"),

    /** The gap between two consecutive held reviews exceeds the interval. */
    HISTORY_GAP_EXCEEDED("history.gap-exceeded", ClauseTopic.REVIEW_INTERVAL,
            Severity.ERROR, ReviewStage.PLANNED, false,
            "Consecutive held reviews are no further apart than the interval",
            Severity.WARNING),

    /** As of today, the review after the last held one is overdue. */
    HISTORY_NEXT_OVERDUE("history.next-overdue", ClauseTopic.REVIEW_INTERVAL,
            Severity.ERROR, ReviewStage.PLANNED, false,
            "The next review is not overdue as of today",
            Severity.WARNING),

    /** An action a review left open is missing from the next review's input on actions. */
    HISTORY_ACTION_NOT_FOLLOWED_UP("history.action-not-followed-up",
            ClauseTopic.REVIEW_INPUTS, Severity.ERROR, ReviewStage.INPUTS_PREPARED, false,
            "Every action left open appears, with its status, in the next review's input on"
                    + " previous actions"),

    /** An action was done after its due date. */
    HISTORY_ACTION_CLOSED_LATE("history.action-closed-late", ClauseTopic.REVIEW_OUTPUTS,
            Severity.WARNING, ReviewStage.PLANNED, false,
            "Actions are done by their due date"),

    /** An action is still pending after its due date, as of today. */
    HISTORY_ACTION_OVERDUE("history.action-overdue", ClauseTopic.REVIEW_OUTPUTS,
            Severity.WARNING, ReviewStage.PLANNED, false,
            "No action is pending after its due date"),

    /** A follow-up names an action that no earlier held review of the history decided. */
    HISTORY_ACTION_UNKNOWN("history.action-unknown", ClauseTopic.REVIEW_INPUTS,
            Severity.WARNING, ReviewStage.PLANNED, false,
            "Every follow-up names an action an earlier review of the history decided"),

    /** An action id is used again by a later action of the same or another review. */
    HISTORY_ACTION_ID_REUSED("history.action-id-reused", ClauseTopic.REVIEW_OUTPUTS,
            Severity.ERROR, ReviewStage.PLANNED, false,
            "Every action of a history has its own id"),

    /** An action was done or cancelled before the meeting that decided it. */
    HISTORY_ACTION_COMPLETED_BEFORE_DECISION("history.action-completed-before-decision",
            ClauseTopic.REVIEW_OUTPUTS, Severity.ERROR, ReviewStage.PLANNED, false,
            "No action is completed before the meeting that decided it"),

    /** A custom rule threw instead of reporting; the validation went on without it. */
    RULE_FAILED("rule.failed", ClauseTopic.DOCUMENTED_RESULTS, Severity.ERROR,
            ReviewStage.PLANNED, false,
            "Every custom rule runs to its end");

    private final String id;
    private final ClauseTopic topic;
    private final Severity defaultSeverity;
    private final ReviewStage appliesFrom;
    private final boolean guidePractice;
    private final String title;
    private final Severity plannedIntervalsSeverity;

    ReviewRule(String id, ClauseTopic topic, Severity defaultSeverity, ReviewStage appliesFrom,
            boolean guidePractice, String title) {
        this(id, topic, defaultSeverity, appliesFrom, guidePractice, title, defaultSeverity);
    }

    ReviewRule(String id, ClauseTopic topic, Severity defaultSeverity, ReviewStage appliesFrom,
            boolean guidePractice, String title, Severity plannedIntervalsSeverity) {
        this.id = id;
        this.topic = topic;
        this.defaultSeverity = defaultSeverity;
        this.appliesFrom = appliesFrom;
        this.guidePractice = guidePractice;
        this.title = title;
        this.plannedIntervalsSeverity = plannedIntervalsSeverity;
    }

    /** Returns the stable id of the rule, for example {@code interval.exceeded}. */
    public String id() {
        return id;
    }

    /** Returns the part of the review clause the rule rests on. */
    public ClauseTopic topic() {
        return topic;
    }

    /**
     * Returns the severity of the rule's findings under an edition that requires a yearly
     * review (ISO/IEC 27001:2005); {@link #severity(Edition)} gives it for any edition.
     */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /**
     * Returns the severity of the rule's findings for a review of the given edition: the
     * {@linkplain #defaultSeverity() default} under an edition that requires a yearly review,
     * and the same or a milder one under an edition with planned intervals.
     *
     * @throws NullPointerException if {@code edition} is null
     */
    public Severity severity(Edition edition) {
        return edition.intervalRequirement() == IntervalRequirement.PLANNED_INTERVALS
                ? plannedIntervalsSeverity
                : defaultSeverity;
    }

    /** Returns the first stage of a review the rule applies to. */
    public ReviewStage appliesFrom() {
        return appliesFrom;
    }

    /** Checks whether the rule rests on the implementation guide rather than the standard. */
    public boolean isGuidePractice() {
        return guidePractice;
    }

    /** Returns a one-line statement of what the rule expects, in English. */
    public String title() {
        return title;
    }

    /**
     * Returns a one-line statement of what the rule expects, in the language of the locale;
     * in English where the library has no texts in that language (it has English and German).
     *
     * @throws NullPointerException if {@code locale} is null
     */
    public String title(Locale locale) {
        return Messages.of(Messages.CATALOG, locale).text(id + ".title");
    }

    /**
     * Returns, in English, a few sentences on what the rule checks and why a review record
     * should pass it.
     */
    public String explanation() {
        return explanation(Locale.ENGLISH);
    }

    /**
     * Returns a few sentences on what the rule checks and why, in the language of the locale;
     * in English where the library has no texts in that language (it has English and German).
     *
     * @throws NullPointerException if {@code locale} is null
     */
    public String explanation(Locale locale) {
        return Messages.of(Messages.CATALOG, locale).text(id + ".explanation");
    }

    /**
     * Returns the clause a finding of this rule cites for a review of the given edition, for
     * example {@code ISO/IEC 27001:2022 9.3.2}, with the guide named for guide practice.
     */
    public String clause(Edition edition) {
        return clause(edition, Locale.ENGLISH);
    }

    /**
     * Returns the clause a finding of this rule cites, with the guide named in the language of
     * the locale (English where the library has no texts for it).
     */
    public String clause(Edition edition, Locale locale) {
        String clause = edition.clause(topic);
        if (!guidePractice) {
            return clause;
        }
        return Messages.of(Messages.VALIDATION, locale)
                .format("clause.guide-practice", "clause", clause);
    }

    /** Returns the rule with the given id, or empty if there is none. */
    public static Optional<ReviewRule> fromId(String id) {
        for (ReviewRule rule : values()) {
            if (rule.id.equals(id)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
