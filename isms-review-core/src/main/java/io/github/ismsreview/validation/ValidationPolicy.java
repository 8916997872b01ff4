package io.github.ismsreview.validation;

import io.github.ismsreview.edition.Edition;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How an organization wants its reviews validated: the interval between reviews, what the next
 * due date is counted from, rules whose severity it sets differently or switches off, and the
 * clock and time zone that say what "today" is.
 *
 * <pre>{@code
 * ValidationPolicy policy = ValidationPolicy.builder()
 *         .interval(IntervalPolicy.ofMonths(12))
 *         .nextDueAnchor(NextDueAnchor.fixedPlan(LocalDate.of(2024, 3, 31)))
 *         .severity("input.preparer-missing", Severity.ERROR)
 *         .disable("recommendation.missing")
 *         .clock(Clock.systemUTC())
 *         .zone(ZoneId.of("Europe/Berlin"))
 *         .build();
 * }</pre>
 *
 * <p>Rules are named by their ids; an id that no built-in rule has is kept, so that a policy
 * can also set the severity of a user rule. Instances are immutable and thread-safe.
 */
public final class ValidationPolicy {

    private static final ValidationPolicy STANDARD = builder().build();

    private final IntervalPolicy interval;
    private final NextDueAnchor nextDueAnchor;
    private final Map<String, Severity> severities;
    private final Set<String> disabled;
    private final Clock clock;
    private final ZoneId zone;

    private ValidationPolicy(Builder builder) {
        this.interval = builder.interval;
        this.nextDueAnchor = builder.nextDueAnchor;
        this.severities = Map.copyOf(builder.severities);
        this.disabled = Set.copyOf(builder.disabled);
        this.clock = builder.clock;
        this.zone = builder.zone;
    }

    /**
     * Returns the standard policy: 12 months, anchored on the last held review, every rule at
     * its own severity, today from the system clock in UTC.
     */
    public static ValidationPolicy standard() {
        return STANDARD;
    }

    /** Returns a builder starting from the standard policy. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder starting from this policy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.interval = interval;
        builder.nextDueAnchor = nextDueAnchor;
        builder.severities.putAll(severities);
        builder.disabled.addAll(disabled);
        builder.clock = clock;
        builder.zone = zone;
        return builder;
    }

    /** Returns the interval between reviews. */
    public IntervalPolicy interval() {
        return interval;
    }

    /** Returns what the next due date is counted from. */
    public NextDueAnchor nextDueAnchor() {
        return nextDueAnchor;
    }

    /** Returns the clock that says what "today" is. */
    public Clock clock() {
        return clock;
    }

    /** Returns the organization's time zone, in which the clock's instant becomes a date. */
    public ZoneId zone() {
        return zone;
    }

    /** Returns today's date as this policy sees it. */
    public LocalDate asOf() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** Checks whether the rule with the given id is switched off. */
    public boolean isDisabled(String ruleId) {
        return disabled.contains(ruleId);
    }

    /** Returns the severity of a built-in rule for a review of the edition, after overrides. */
    public Severity severity(ReviewRule rule, Edition edition) {
        Severity override = severities.get(rule.id());
        return override != null ? override : rule.severity(edition);
    }

    /** Returns the severity of a rule with the given id and default, after overrides. */
    public Severity severity(String ruleId, Severity defaultSeverity) {
        return severities.getOrDefault(ruleId, defaultSeverity);
    }

    /** Returns the severities this policy sets, by rule id. */
    public Map<String, Severity> severityOverrides() {
        return severities;
    }

    /** Returns the ids of the rules this policy switches off. */
    public Set<String> disabledRules() {
        return disabled;
    }

    @Override
    public String toString() {
        return "ValidationPolicy[interval " + interval + ", next due from " + nextDueAnchor
                + ", overrides " + severities + ", disabled " + disabled + ", zone " + zone
                + "]";
    }

    /** Builds a {@link ValidationPolicy}. Not thread-safe; the policy it builds is. */
    public static final class Builder {

        private IntervalPolicy interval = IntervalPolicy.standard();
        private NextDueAnchor nextDueAnchor = NextDueAnchor.lastHeld();
        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private final Set<String> disabled = new LinkedHashSet<>();
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneOffset.UTC;

        private Builder() {
        }

        /** Sets the interval between reviews; 12 months unless set. */
        public Builder interval(IntervalPolicy interval) {
            this.interval = Objects.requireNonNull(interval, "interval");
            return this;
        }

        /** Sets what the next due date is counted from; the last held review unless set. */
        public Builder nextDueAnchor(NextDueAnchor nextDueAnchor) {
            this.nextDueAnchor = Objects.requireNonNull(nextDueAnchor, "nextDueAnchor");
            return this;
        }

        /** Sets the severity of the rule with the given id, for every edition. */
        public Builder severity(String ruleId, Severity severity) {
            severities.put(Objects.requireNonNull(ruleId, "ruleId"),
                    Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /** Switches off the rule with the given id: it reports nothing. */
        public Builder disable(String ruleId) {
            disabled.add(Objects.requireNonNull(ruleId, "ruleId"));
            return this;
        }

        /** Sets the clock that says what "today" is; the system clock unless set. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Sets the organization's time zone; UTC unless set. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** Returns the policy. */
        public ValidationPolicy build() {
            return new ValidationPolicy(this);
        }
    }
}
