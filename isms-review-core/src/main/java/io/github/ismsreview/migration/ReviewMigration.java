package io.github.ismsreview.migration;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.edition.InputCategory;
import io.github.ismsreview.edition.OutputCategory;
import io.github.ismsreview.migration.MigrationNote.Kind;
import io.github.ismsreview.model.ChangeDriver;
import io.github.ismsreview.model.Decision;
import io.github.ismsreview.model.Evidence;
import io.github.ismsreview.model.InputEntry;
import io.github.ismsreview.model.InputStatus;
import io.github.ismsreview.model.Protocol;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.Signature;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Migrates a review kept under ISO/IEC 27001:2005 or 2013 to the structure of ISO/IEC
 * 27001:2022, and says in {@link MigrationNote}s what moved, what changed meaning and what is
 * missing.
 *
 * <pre>{@code
 * MigrationResult result = ReviewMigration.toIso27001v2022(review2013);
 * result.review().edition();      // ISO/IEC 27001:2022
 * result.notes(MigrationNote.Kind.NOT_IN_SOURCE);   // 9.3.2 c), new in 2022
 * }</pre>
 *
 * <p>The rule is the meaning: an entry goes to the 2022 category that asks for the same thing,
 * and where none asks for exactly the same thing, to the nearest one with a note saying how the
 * meaning differs. Nothing is invented: a 2022 input the old record cannot have stays without an
 * entry, and a note names it. The inputs of ISO/IEC 27001:2005 7.2 go as follows.
 *
 * <table>
 *   <caption>ISO/IEC 27001:2005 7.2 inputs and their 2022 categories</caption>
 *   <tr><th>2005</th><th>2022</th><th>why</th></tr>
 *   <tr><td>a) audit-results</td><td>d) 3) audit-result-trends</td>
 *       <td>audit results are what d) 3) follows; 2005 asked for the results, 2022 for their
 *       trend ({@link Kind#MEANING_CHANGED})</td></tr>
 *   <tr><td>b) interested-party-feedback</td><td>e) interested-party-feedback</td>
 *       <td>the same meaning</td></tr>
 *   <tr><td>c) improvement-techniques</td><td>g) improvement-opportunities</td>
 *       <td>techniques, products and procedures that could improve the ISMS are opportunities
 *       for continual improvement</td></tr>
 *   <tr><td>d) preventive-corrective-actions</td><td>d) 1) nonconformity-trends</td>
 *       <td>corrective actions are what d) 1) follows; a status is not a trend, and preventive
 *       actions have no input of their own any more ({@link Kind#MEANING_CHANGED})</td></tr>
 *   <tr><td>e) unaddressed-vulnerabilities-threats</td><td>f) risk-assessment-results</td>
 *       <td>gaps in the last risk assessment are a result of risk assessment; f) also asks for
 *       the status of the treatment plan ({@link Kind#MEANING_CHANGED})</td></tr>
 *   <tr><td>f) effectiveness-measurements</td><td>d) 2) measurement-trends</td>
 *       <td>measurement results, but 2022 asks for their trend ({@link Kind#MEANING_CHANGED})
 *       </td></tr>
 *   <tr><td>g) previous-review-actions</td><td>a) previous-review-actions</td>
 *       <td>the same meaning</td></tr>
 *   <tr><td>h) changes-affecting-isms</td><td>b) changes-in-issues</td>
 *       <td>changes that could affect the ISMS are changes in its issues; a change in what
 *       interested parties need belongs in c) and has to be split off by hand
 *       ({@link Kind#SPLIT_NEEDED})</td></tr>
 *   <tr><td>i) improvement-recommendations</td><td>g) improvement-opportunities</td>
 *       <td>recommendations for improvement are opportunities for improvement; with entries
 *       of c) they are joined into one entry that keeps every summary, labelled with its
 *       clause, and all the evidence ({@link Kind#MERGED})</td></tr>
 * </table>
 *
 * <p>A 2005 review cannot have 9.3.2 c) (changes in interested parties' needs, new in 2022)
 * or d) 4) (fulfilment of the security objectives): both are {@link Kind#NOT_IN_SOURCE}. The
 * output categories of 7.3 become the two kinds of 9.3.3 result: a) and e) improvement
 * opportunities, b), c) and d) changes to the ISMS; the 2005 category stays on the decision as
 * its {@linkplain Decision#classification() classification}, and its drivers stay too.
 *
 * <p>ISO/IEC 27001:2013 9.3 asks for the same inputs as 2022 except c), under the same keys, so
 * its entries and decisions are carried over unchanged; only the letters from 2013 c) on move
 * one place (2013 c) to f) are 2022 d) to g)). The migration is lossless for 2013 reviews: every
 * entry and decision of the source is in the result, equal to itself.
 *
 * <p>For both editions, everything else is carried over as it is: stage, dates, previous
 * review, recommendations, assessment, protocol and signature, and the other standards an
 * integrated review {@linkplain ReviewCycle#alsoCovers() also covers} (ISO/IEC 27001:2022
 * itself leaves that list, since it becomes the primary edition). The description keeps its text
 * and gets one sentence saying the review was migrated, and from which edition. Entries keep the
 * record's order; entries and decisions of a category the source edition does not know are kept
 * as they are, with a {@link Kind#UNKNOWN_CATEGORY} note. A stored content digest no longer
 * matches the migrated content and is reported as {@link Kind#DIGEST_STALE}; it is kept, since
 * it is the digest of the signed source record.
 *
 * <p>The class is stateless and thread-safe.
 */
public final class ReviewMigration {

    private static final Edition TARGET = Edition.ISO_IEC_27001_2022;

    private static final String INTERESTED_PARTY_NEEDS = "changes-in-interested-party-needs";

    private static final String OBJECTIVE_TRENDS = "objective-fulfilment-trends";

    private static final String IMPROVEMENT = "improvement-opportunities";

    private static final String DIGEST_PATH = "protocol.signature.contentDigest";

    private static final Map<String, InputRule> INPUTS_2005 = inputs2005();

    private static final Map<String, String> OUTPUTS_2005 = Map.of(
            "isms-effectiveness-improvement", IMPROVEMENT,
            "control-measurement-improvement", IMPROVEMENT,
            "risk-assessment-update", "isms-changes",
            "procedure-control-changes", "isms-changes",
            "resource-needs", "isms-changes");

    private ReviewMigration() {
    }

    /**
     * Migrates a review to the structure of ISO/IEC 27001:2022.
     *
     * <p>A 2022 review comes back unchanged, with no notes. A 2005 or 2013 review comes back as
     * a 2022 review with the notes described in the class documentation. The migration never
     * fails on what a record lacks or holds wrongly: gaps and unknown categories are notes.
     *
     * @param review a review of ISO/IEC 27001:2005, 2013 or 2022
     * @return the migrated review and the notes on it
     * @throws NullPointerException if the review is null
     * @throws IllegalArgumentException if the review follows another edition; the message names
     *     it and the editions this method takes
     */
    public static MigrationResult toIso27001v2022(ReviewCycle review) {
        Objects.requireNonNull(review, "review");
        Edition source = review.edition();
        if (source == TARGET) {
            return MigrationResult.of(review, List.of());
        }
        if (source != Edition.ISO_IEC_27001_2005 && source != Edition.ISO_IEC_27001_2013) {
            throw new IllegalArgumentException("cannot migrate review '" + review.id()
                    + "' of " + source.title() + " (" + source.key() + ") to "
                    + TARGET.title() + "; supported are " + Edition.ISO_IEC_27001_2005.key()
                    + ", " + Edition.ISO_IEC_27001_2013.key() + " and " + TARGET.key()
                    + " (returned unchanged)");
        }

        Migration migration = new Migration(source);
        List<InputEntry> inputs = migration.inputs(review.inputs());
        List<Decision> decisions = migration.decisions(review.decisions());
        List<MigrationNote> notes = migration.notes(inputs);
        digestNote(review, source).ifPresent(notes::add);
        if (review.alsoCovers().contains(TARGET)) {
            notes.add(MigrationNote.of(Kind.CARRIED_OVER, "alsoCovers", "9.3.1",
                    "the review also covered " + TARGET.title() + ", which is now its primary"
                            + " edition, so it was taken off alsoCovers"));
        }

        ReviewCycle migrated = ReviewCycle.builder()
                .from(review)
                .edition(TARGET)
                .alsoCovers(review.alsoCovers().stream()
                        .filter(covered -> covered != TARGET)
                        .toList())
                .inputs(inputs)
                .decisions(decisions)
                .description(description(review, source))
                .build();
        return MigrationResult.of(migrated, notes);
    }

    /** Returns the record's description with one sentence added that says where it came from. */
    private static String description(ReviewCycle review, Edition source) {
        String sentence = "Migrated from " + source.title() + " to the " + TARGET.title()
                + " structure by isms-review; the source record remains the evidence of the"
                + " meeting, and the migration notes say what moved, merged or is missing.";
        return review.description()
                .map(text -> text.isBlank() ? text + sentence : text + " " + sentence)
                .orElse(sentence);
    }

    private static Optional<MigrationNote> digestNote(ReviewCycle review, Edition source) {
        return review.protocol()
                .flatMap(Protocol::signature)
                .flatMap(Signature::contentDigest)
                .map(digest -> MigrationNote.of(Kind.DIGEST_STALE, DIGEST_PATH,
                        "9.3.3",
                        "the stored content digest " + digest + " was computed over the "
                                + source.title() + " record, which the migrated review no"
                                + " longer matches; it is kept as the digest of the signed"
                                + " source, which stays the evidence"));
    }

    /** The migration of one review: its mapped entries and decisions and the notes on them. */
    private static final class Migration {

        private final Edition source;
        private final Map<String, List<MigrationNote>> notesByTarget = new LinkedHashMap<>();
        private final List<MigrationNote> unknownInputs = new ArrayList<>();
        private final List<MigrationNote> decisionNotes = new ArrayList<>();

        Migration(Edition source) {
            this.source = source;
        }

        List<InputEntry> inputs(List<InputEntry> entries) {
            Set<String> improvementKeys = new HashSet<>();
            for (InputEntry entry : entries) {
                if (source == Edition.ISO_IEC_27001_2005
                        && INPUTS_2005.containsKey(entry.category())
                        && INPUTS_2005.get(entry.category()).target().equals(IMPROVEMENT)) {
                    improvementKeys.add(entry.category());
                }
            }
            // Only 2005 c) and i) land on one 2022 category; they are joined when both occur.
            boolean merge = improvementKeys.size() > 1;

            List<InputEntry> migrated = new ArrayList<>();
            boolean merged = false;
            for (InputEntry entry : entries) {
                String key = entry.category();
                Optional<InputCategory> from = source.input(key);
                if (from.isEmpty()) {
                    unknownInputs.add(MigrationNote.of(Kind.UNKNOWN_CATEGORY,
                            "inputs[" + migrated.size() + "]", "9.3.2",
                            "input '" + key + "' is not a category of " + source.title()
                                    + "; it was kept as it is"));
                    migrated.add(entry);
                } else if (merge && improvementKeys.contains(key)) {
                    if (!merged) {
                        List<InputEntry> parts = entries.stream()
                                .filter(part -> improvementKeys.contains(part.category()))
                                .toList();
                        migrated.add(merge(parts));
                        note(IMPROVEMENT, Kind.MERGED, mergeMessage(parts));
                        merged = true;
                    }
                } else {
                    InputRule rule = rule(key);
                    migrated.add(InputEntry.builder().from(entry).category(rule.target()).build());
                    note(rule.target(), rule.kind(), moveMessage(from.orElseThrow(), rule));
                }
            }
            return migrated;
        }

        List<Decision> decisions(List<Decision> decisions) {
            List<Decision> migrated = new ArrayList<>();
            for (int i = 0; i < decisions.size(); i++) {
                Decision decision = decisions.get(i);
                String label = decision.id().filter(id -> !id.isBlank())
                        .map(id -> "decision '" + id + "'")
                        .orElse("decisions[" + i + "]");
                Optional<String> category = decision.category();
                if (category.isEmpty()) {
                    migrated.add(decision);
                    continue;
                }
                Optional<OutputCategory> from = source.output(category.get());
                if (from.isEmpty()) {
                    decisionNotes.add(MigrationNote.of(Kind.UNKNOWN_CATEGORY,
                            "decisions[" + i + "]", "9.3.3",
                            label + " has the output category '" + category.get()
                                    + "', which is not one of " + source.title()
                                    + "; it was kept as it is"));
                    migrated.add(decision);
                } else if (source == Edition.ISO_IEC_27001_2005) {
                    migrated.add(decision2005(decision, from.get(), label));
                } else {
                    decisionNotes.add(MigrationNote.of(Kind.CARRIED_OVER, category.get(),
                            "9.3.3", label + " keeps its output category '" + category.get()
                                    + "', which means the same in " + TARGET.title()));
                    migrated.add(decision);
                }
            }
            return migrated;
        }

        private Decision decision2005(Decision decision, OutputCategory from, String label) {
            String target = OUTPUTS_2005.get(from.key());
            String drivers = decision.drivers().isEmpty() ? ""
                    : ", and its drivers (" + decision.drivers().stream()
                            .map(ReviewMigration::driverKey)
                            .collect(Collectors.joining(", ")) + ") stay";
            decisionNotes.add(MigrationNote.of(Kind.CARRIED_OVER, target, "9.3.3",
                    label + ": " + source.title() + " " + from.clause() + " '" + from.key()
                            + "' is now '" + target + "'; the 2005 category is kept as its"
                            + " classification" + drivers));
            decision.classification()
                    .filter(classification -> !classification.equals(from.key()))
                    .ifPresent(classification -> decisionNotes.add(MigrationNote.of(
                            Kind.DROPPED, target, "9.3.3",
                            label + " had the classification '" + classification
                                    + "', which a 2005 decision does not use; it was replaced"
                                    + " by its 2005 category '" + from.key() + "'")));
            return Decision.builder()
                    .from(decision)
                    .category(target)
                    .classification(from.key())
                    .build();
        }

        /**
         * Returns every note in reading order: the inputs in the order of 9.3.2, with a note for
         * each required input that has no entry, then unknown inputs, then the decisions.
         */
        List<MigrationNote> notes(List<InputEntry> migrated) {
            Set<String> present = migrated.stream()
                    .map(InputEntry::category)
                    .collect(Collectors.toSet());
            List<MigrationNote> notes = new ArrayList<>();
            for (InputCategory input : TARGET.inputs()) {
                List<InputCategory> inOrder = new ArrayList<>();
                inOrder.add(input);
                inOrder.addAll(input.subItems());
                for (InputCategory category : inOrder) {
                    notes.addAll(notesByTarget.getOrDefault(category.key(), List.of()));
                    if (category.isRequiredEntry() && !present.contains(category.key())) {
                        notes.add(missing(category));
                    }
                }
            }
            notes.addAll(unknownInputs);
            notes.addAll(decisionNotes);
            return notes;
        }

        private MigrationNote missing(InputCategory target) {
            String where = target.clause() + " '" + target.key() + "'";
            if (target.key().equals(INTERESTED_PARTY_NEEDS)) {
                return MigrationNote.of(Kind.NOT_IN_SOURCE, target.key(), target.clause(),
                        source.title() + " has no input on changes in what interested parties"
                                + " need and expect; " + where + " is new in " + TARGET.title()
                                + " and has no entry. Under Amendment 1 (2024) interested"
                                + " parties' climate requirements reach the review here and"
                                + " through 9.3.2 b) 'changes-in-issues'; whether climate"
                                + " change is a relevant issue is still to be decided, and the"
                                + " old record does not say");
            }
            if (source == Edition.ISO_IEC_27001_2005 && target.key().equals(OBJECTIVE_TRENDS)) {
                return MigrationNote.of(Kind.NOT_IN_SOURCE, target.key(), target.clause(),
                        source.title() + " 7.2 has no input on how far the security objectives"
                                + " were met; " + where + " has no entry. If the effectiveness"
                                + " measurements (now 9.3.2 d) 2)) speak of the objectives,"
                                + " move that part by hand");
            }
            List<String> from = sourceKeysOf(target.key()).stream()
                    .map(key -> source.input(key).orElseThrow())
                    .map(input -> input.clause() + " '" + input.key() + "'")
                    .toList();
            return MigrationNote.of(Kind.NOT_IN_RECORD, target.key(), target.clause(),
                    "the record has no entry for " + source.title() + " "
                            + String.join(" or ", from) + ", so " + where
                            + " has none either");
        }

        private List<String> sourceKeysOf(String target) {
            if (source == Edition.ISO_IEC_27001_2005) {
                return INPUTS_2005.entrySet().stream()
                        .filter(entry -> entry.getValue().target().equals(target))
                        .map(Map.Entry::getKey)
                        .toList();
            }
            return List.of(target);
        }

        private InputRule rule(String key) {
            if (source == Edition.ISO_IEC_27001_2005) {
                return INPUTS_2005.get(key);
            }
            return new InputRule(key, Kind.CARRIED_OVER, "");
        }

        private String moveMessage(InputCategory from, InputRule rule) {
            InputCategory to = TARGET.input(rule.target()).orElseThrow();
            String moved = source.title() + " " + from.clause() + " '" + from.key() + "'";
            if (source == Edition.ISO_IEC_27001_2005) {
                return moved + " is now " + to.clause() + " '" + to.key() + "': "
                        + rule.reason();
            }
            String letters = from.letter().equals(to.letter())
                    ? "with the same letter"
                    : "one letter later, " + to.letter() + ") instead of " + from.letter()
                            + "), because 2022 inserted the new input c)";
            return moved + " is " + to.clause() + " in " + TARGET.title()
                    + ": the same key and meaning, " + letters;
        }

        private String mergeMessage(List<InputEntry> parts) {
            Map<String, Long> counts = parts.stream().collect(Collectors.groupingBy(
                    InputEntry::category, LinkedHashMap::new, Collectors.counting()));
            String sources = counts.entrySet().stream()
                    .map(count -> source.input(count.getKey()).orElseThrow().clause() + " '"
                            + count.getKey() + "' (" + count.getValue()
                            + (count.getValue() == 1 ? " entry)" : " entries)"))
                    .collect(Collectors.joining(" and "));
            return source.title() + " " + sources + " are both opportunities for continual"
                    + " improvement and were joined into one 9.3.2 g) entry: every summary and"
                    + " reason is kept on a line of its own that starts with its 2005 clause,"
                    + " and the evidence of all of them is listed";
        }

        private InputEntry merge(List<InputEntry> parts) {
            List<String> summaries = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            Set<Evidence> evidence = new LinkedHashSet<>();
            Set<String> preparers = new LinkedHashSet<>();
            boolean addressed = false;
            InputEntry.Builder merged = InputEntry.builder().category(IMPROVEMENT);
            for (InputEntry part : parts) {
                String label = source.input(part.category()).orElseThrow().clause() + " "
                        + part.category();
                part.summary().ifPresent(summary -> summaries.add(label + ": " + summary));
                part.reason().ifPresent(reason ->
                        reasons.add(label + ", nothing to report: " + reason));
                evidence.addAll(part.evidence());
                part.preparedBy().ifPresent(preparers::add);
                merged.addAllActionUpdates(part.actionUpdates());
                addressed |= part.status() == InputStatus.ADDRESSED;
            }

            if (addressed) {
                List<String> lines = new ArrayList<>(summaries);
                lines.addAll(reasons);
                merged.status(InputStatus.ADDRESSED);
                if (!lines.isEmpty()) {
                    merged.summary(String.join("\n", lines));
                }
            } else {
                merged.status(InputStatus.NOTHING_TO_REPORT);
                if (!summaries.isEmpty()) {
                    merged.summary(String.join("\n", summaries));
                }
                if (!reasons.isEmpty()) {
                    merged.reason(String.join("\n", reasons));
                }
            }
            if (!preparers.isEmpty()) {
                merged.preparedBy(String.join("; ", preparers));
            }
            return merged.addAllEvidence(evidence).build();
        }

        private void note(String target, Kind kind, String message) {
            InputCategory to = TARGET.input(target).orElseThrow();
            notesByTarget.computeIfAbsent(target, key -> new ArrayList<>())
                    .add(MigrationNote.of(kind, target, to.clause(), message));
        }
    }

    /** Where a 2005 input goes, the kind of note that says so, and why. */
    private record InputRule(String target, Kind kind, String reason) {
    }

    private static Map<String, InputRule> inputs2005() {
        Map<String, InputRule> rules = new LinkedHashMap<>();
        rules.put("audit-results", new InputRule("audit-result-trends", Kind.MEANING_CHANGED,
                "2005 asked for the results of ISMS audits and reviews, 2022 asks for the trend"
                        + " in audit results; a list of results is not a trend, and results of"
                        + " reviews other than audits may belong to another input"));
        rules.put("interested-party-feedback", new InputRule("interested-party-feedback",
                Kind.CARRIED_OVER, "feedback from interested parties, with the same meaning"));
        rules.put("improvement-techniques", new InputRule(IMPROVEMENT, Kind.CARRIED_OVER,
                "techniques, products or procedures that could improve the ISMS are"
                        + " opportunities for continual improvement"));
        rules.put("preventive-corrective-actions", new InputRule("nonconformity-trends",
                Kind.MEANING_CHANGED,
                "2005 asked for the status of preventive and corrective actions, 2022 asks for"
                        + " the trend in nonconformities and corrective actions; a status is not"
                        + " a trend, and preventive actions have no input of their own since"
                        + " 2013, where risk treatment took their place"));
        rules.put("unaddressed-vulnerabilities-threats", new InputRule("risk-assessment-results",
                Kind.MEANING_CHANGED,
                "2005 asked for vulnerabilities or threats the last risk assessment did not"
                        + " address well, 2022 asks for the results of risk assessment and the"
                        + " status of the risk treatment plan; the old entry covers part of"
                        + " that and says nothing of the treatment plan's status"));
        rules.put("effectiveness-measurements", new InputRule("measurement-trends",
                Kind.MEANING_CHANGED,
                "2005 asked for the results of effectiveness measurements, 2022 asks for the"
                        + " trend in monitoring and measurement results; a result is not a"
                        + " trend"));
        rules.put("previous-review-actions", new InputRule("previous-review-actions",
                Kind.CARRIED_OVER, "the follow-up of actions from earlier reviews, with the"
                        + " same meaning"));
        rules.put("changes-affecting-isms", new InputRule("changes-in-issues", Kind.SPLIT_NEEDED,
                "changes that could affect the ISMS are changes in its external and internal"
                        + " issues; a change in what interested parties need or expect belongs"
                        + " in 9.3.2 c) 'changes-in-interested-party-needs' instead, so move"
                        + " that part by hand if the entry holds one"));
        rules.put("improvement-recommendations", new InputRule(IMPROVEMENT, Kind.CARRIED_OVER,
                "recommendations for improvement are opportunities for continual"
                        + " improvement"));
        return Collections.unmodifiableMap(rules);
    }

    private static String driverKey(ChangeDriver driver) {
        return driver.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
