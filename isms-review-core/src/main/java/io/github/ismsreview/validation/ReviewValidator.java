package io.github.ismsreview.validation;

import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a management review against the standard its edition names and the practice of the
 * implementation guide, and reports what it finds.
 *
 * <p>Create one validator and reuse it: it is immutable and thread-safe, and the Bean Validation
 * engine behind the structural checks is built once per process. {@link #validate(ReviewCycle)}
 * never throws for an incomplete review; what is missing comes back as {@link Finding}s.
 *
 * <pre>{@code
 * ReviewValidator validator = ReviewValidator.builder()
 *         .clock(Clock.systemUTC())
 *         .zone(ZoneId.of("Europe/Berlin"))
 *         .intervalPolicy(IntervalPolicy.ofMonths(12))
 *         .build();
 * ValidationReport report = validator.validate(review);
 * if (report.hasErrors()) {
 *     System.out.print(report.toText());
 * }
 * }</pre>
 *
 * <p>Dates "as of" today (is a review overdue? was it held in the future?) come from the clock
 * and the zone of the {@link ValidationPolicy}, never from the machine's default time zone.
 * Besides the built-in {@link ReviewRule}s the validator runs {@link CustomRule}s: those added
 * to the builder and, unless switched off, those found through {@link ServiceLoader}.
 */
public final class ReviewValidator {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewValidator.class);

    private final ValidationPolicy policy;
    private final List<CustomRule> customRules;
    private final Set<String> failedRulesLogged = ConcurrentHashMap.newKeySet();
    private final Messages messages;

    private ReviewValidator(ValidationPolicy policy, List<CustomRule> customRules,
            Locale locale) {
        this.policy = policy;
        this.customRules = List.copyOf(customRules);
        this.messages = Messages.of(Messages.VALIDATION, locale);
    }

    /**
     * Returns a validator with the standard policy (a 12-month interval, "today" from the system
     * clock in UTC) and the custom rules found through {@link ServiceLoader}.
     */
    public static ReviewValidator standard() {
        return builder().build();
    }

    /** Returns a builder for a validator with another policy or more rules. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates one review at its own stage and returns the report of findings, errors first.
     *
     * @param review the review, however incomplete
     * @return the report; empty when nothing was found
     * @throws NullPointerException if {@code review} is null
     */
    public ValidationReport validate(ReviewCycle review) {
        Objects.requireNonNull(review, "review");
        return validateAt(review, review.stage());
    }

    /**
     * Validates a history of reviews of one ISMS: each review exactly as
     * {@link #validate(ReviewCycle)} does, plus the findings across reviews (the
     * {@code history.*} rules of {@link ReviewRule}) and the next due date, with messages in
     * this validator's {@linkplain #locale() locale}.
     *
     * <p>"Today" is read from the policy's clock exactly once per call: every review and the
     * rules across them are judged as of that one date, so a history validated across midnight
     * is not judged partly on one day and partly on the next.
     *
     * <pre>{@code
     * HistoryReport report = validator.validateHistory(ReviewHistory.of(reviews));
     * report.historyFindings();      // paths such as $[3].heldOn
     * report.nextDue();              // due date, last held review, anchor, overdue or not
     * }</pre>
     *
     * @param history the reviews in the order the record gives them
     * @return the report; its review reports equal {@code validate(review)} of each review
     *     made at the same instant
     * @throws NullPointerException if {@code history} is null
     */
    public HistoryReport validateHistory(ReviewHistory history) {
        Objects.requireNonNull(history, "history");
        LocalDate asOf = policy.asOf();

        List<ValidationReport> reviewReports = new ArrayList<>(history.size());
        for (ReviewCycle review : history.reviews()) {
            reviewReports.add(validateAt(review, review.stage(), asOf));
        }
        List<Finding> acrossReviews = HistoryRules.check(history, policy, asOf, locale());
        HistoryReport report = HistoryReport.of(reviewReports, acrossReviews,
                HistoryRules.nextDue(history, policy, asOf));
        LOG.debug("validated a history of {} review(s): {} finding(s) across reviews",
                history.size(), acrossReviews.size());
        return report;
    }

    /**
     * Returns the date by which the review after the last held review of the history is due,
     * counted from the policy's {@linkplain ValidationPolicy#nextDueAnchor() anchor} with the
     * interval of the edition the next review follows, and judged as of today; empty when no
     * review of the history has been held (has a held date and is not cancelled).
     *
     * @throws NullPointerException if {@code history} is null
     */
    public Optional<NextDue> nextDue(ReviewHistory history) {
        Objects.requireNonNull(history, "history");
        return HistoryRules.nextDue(history, policy, policy.asOf());
    }

    /**
     * Checks whether the review may move to the given stage: only to the next stage on the way
     * to closing, or to cancelled from any stage but closed; and only when the review, judged as
     * if it were at the new stage, has no errors.
     *
     * <pre>{@code
     * TransitionCheck check = validator.checkTransition(review, ReviewStage.CLOSED);
     * if (!check.isAllowed()) {
     *     check.blockers().forEach(f -> System.out.println(f.message()));
     * }
     * }</pre>
     *
     * @throws NullPointerException if an argument is null
     */
    public TransitionCheck checkTransition(ReviewCycle review, ReviewStage target) {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(target, "target");

        ReviewStage from = review.stage();
        List<String> reasons = new ArrayList<>();
        if (from == ReviewStage.CANCELLED) {
            reasons.add(messages.format("transition.cancelled"));
        } else if (target == ReviewStage.CANCELLED) {
            if (from == ReviewStage.CLOSED) {
                reasons.add(messages.format("transition.closed"));
            }
        } else if (target.ordinal() != from.ordinal() + 1) {
            reasons.add(oneStageAtATime(from));
        }

        List<Finding> blockers = validateAt(review, target).findings(Severity.ERROR);
        return new TransitionCheck(from, target, reasons, blockers);
    }

    /** Returns today's date as this validator sees it: the clock's instant in the zone. */
    public LocalDate asOf() {
        return policy.asOf();
    }

    /** Returns the policy this validator applies. */
    public ValidationPolicy policy() {
        return policy;
    }

    /** Returns the interval policy this validator applies. */
    public IntervalPolicy intervalPolicy() {
        return policy.interval();
    }

    /** Returns the zone in which this validator reads the clock. */
    public ZoneId zone() {
        return policy.zone();
    }

    /**
     * Returns the locale of the messages of this validator's findings and transition reasons;
     * English where the library has no texts in its language.
     */
    public Locale locale() {
        return messages.locale();
    }

    /** Returns the custom rules this validator runs beside the built-in ones. */
    public List<CustomRule> customRules() {
        return customRules;
    }

    private ValidationReport validateAt(ReviewCycle review, ReviewStage stage) {
        return validateAt(review, stage, policy.asOf());
    }

    private ValidationReport validateAt(ReviewCycle review, ReviewStage stage, LocalDate asOf) {
        RuleContext context = new RuleContext(review, stage, asOf, policy, messages.locale());
        StructureRules.check(context);
        StageRules.check(context);
        IntervalRules.check(context);
        InputRules.check(context);
        AssessmentRules.check(context);
        DecisionRules.check(context);
        ProtocolRules.check(context);
        for (CustomRule rule : customRules) {
            runCustomRule(rule, context);
        }

        ValidationReport report = ValidationReport.of(review.id(), context.findings());
        LOG.debug("validated review {} ({}, stage {}): {} finding(s)",
                review.id(), review.edition(), stage, report.findings().size());
        return report;
    }

    private void runCustomRule(CustomRule rule, RuleContext context) {
        String id = rule.id();
        if (policy.isDisabled(id)) {
            return;
        }
        Severity severity = policy.severity(id, rule.defaultSeverity());
        String clause = rule.clause(context.edition());
        List<Finding> found = new ArrayList<>();
        try {
            rule.check(context.review(), (path, message, values) -> found.add(Finding.of(id,
                    severity, path, message, clause, values)));
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            if (failedRulesLogged.add(id)) {
                LOG.warn("custom rule {} failed on review {}; it is reported as rule.failed and"
                        + " the other rules went on", id, context.review().id(), e);
            }
            context.report(ReviewRule.RULE_FAILED, "$",
                    context.message("rule.failed", "rule", id,
                            "exception", e.getClass().getName(),
                            "exceptionMessage", e.getMessage()),
                    "rule", id, "exception", e.getClass().getName());
            return;
        }
        found.forEach(context::add);
    }

    /** Returns the reason a review cannot skip stages, naming the stage after {@code from}. */
    private String oneStageAtATime(ReviewStage from) {
        ReviewStage[] stages = ReviewStage.values();
        int next = from.ordinal() + 1;
        return next < stages.length && stages[next] != ReviewStage.CANCELLED
                ? messages.format("transition.one-stage", "from", from, "next", stages[next])
                : messages.format("transition.one-stage.last", "from", from);
    }

    /**
     * Builds a {@link ReviewValidator}. Not thread-safe; the validator it builds is.
     */
    public static final class Builder {

        private ValidationPolicy.Builder policy = ValidationPolicy.builder();
        private final Map<String, CustomRule> rules = new LinkedHashMap<>();
        private boolean discoverRules = true;
        private Locale locale = Locale.ENGLISH;

        private Builder() {
        }

        /** Sets the whole policy, replacing what earlier calls set. */
        public Builder policy(ValidationPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy").toBuilder();
            return this;
        }

        /** Sets the clock that says what "today" is; the system clock in UTC unless set. */
        public Builder clock(Clock clock) {
            policy.clock(clock);
            return this;
        }

        /** Sets the organization's time zone, in which the clock's instant becomes a date. */
        public Builder zone(ZoneId zone) {
            policy.zone(zone);
            return this;
        }

        /** Sets the interval policy; {@link IntervalPolicy#standard()} unless set. */
        public Builder intervalPolicy(IntervalPolicy intervalPolicy) {
            policy.interval(intervalPolicy);
            return this;
        }

        /**
         * Adds a custom rule.
         *
         * @throws IllegalArgumentException if its id is a built-in rule's or another custom
         *     rule's; the message names the id
         */
        public Builder addRule(CustomRule rule) {
            Objects.requireNonNull(rule, "rule");
            String id = Objects.requireNonNull(rule.id(), "rule.id()");
            if (ReviewRule.fromId(id).isPresent() || rules.containsKey(id)) {
                throw new IllegalArgumentException("custom rule id '" + id + "' is already taken"
                        + " by " + (rules.containsKey(id) ? "another custom rule" : "a built-in"
                        + " rule"));
            }
            rules.put(id, rule);
            return this;
        }

        /**
         * Sets the locale of the messages of findings and transition reasons; English unless
         * set, whatever the JVM's default locale is. The library has texts in English and German;
         * for another language the messages are in English. Rule ids, paths and values do not
         * change with the locale.
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Sets whether custom rules listed in {@code META-INF/services} are found through
         * {@link ServiceLoader}; on unless set.
         */
        public Builder discoverRules(boolean discover) {
            this.discoverRules = discover;
            return this;
        }

        /**
         * Returns the validator.
         *
         * @throws IllegalArgumentException if a discovered rule's id is taken, or the policy
         *     names a rule id that is neither built in nor a custom rule of this validator (a
         *     typo would otherwise switch nothing off)
         */
        public ReviewValidator build() {
            Map<String, CustomRule> all = new LinkedHashMap<>(rules);
            if (discoverRules) {
                Set<String> taken = new HashSet<>(all.keySet());
                for (CustomRule rule : ServiceLoader.load(CustomRule.class)) {
                    if (!taken.add(rule.id()) || ReviewRule.fromId(rule.id()).isPresent()) {
                        throw new IllegalArgumentException("custom rule id '" + rule.id()
                                + "' of " + rule.getClass().getName() + " is already taken");
                    }
                    all.put(rule.id(), rule);
                }
            }
            ValidationPolicy built = policy.build();
            checkRuleIds(built, all.keySet());
            return new ReviewValidator(built, List.copyOf(all.values()), locale);
        }

        private static void checkRuleIds(ValidationPolicy policy, Set<String> customIds) {
            Set<String> named = new TreeSet<>(policy.disabledRules());
            named.addAll(policy.severityOverrides().keySet());
            for (String id : named) {
                if (ReviewRule.fromId(id).isEmpty() && !customIds.contains(id)) {
                    throw new IllegalArgumentException("the policy names rule '" + id
                            + "', which is neither a built-in rule nor a custom rule of this"
                            + " validator");
                }
            }
        }
    }
}
