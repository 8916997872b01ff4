package io.github.ismsreview.edition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One edition of a management-system standard, as a catalogue of what its management review
 * takes in and puts out.
 *
 * <p>The catalogue is data: the input and output categories with their letters, clauses and
 * paraphrased titles, how the edition states the review interval, and which clause each
 * {@link ClauseTopic} rests on. Six editions are known, listed by {@link #all()} in this order:
 *
 * <ul>
 *   <li>{@link #ISO_IEC_27001_2005}: nine inputs (7.2 a to i) and five outputs (7.3 a to e); the
 *       2009 implementation guide prints the inputs with the letters a, b, c, e, f, g, h, i, j
 *       (it skips d), and each input carries that letter as its {@link
 *       InputCategory#guideLetter() guide letter};
 *   <li>{@link #ISO_IEC_27001_2013}: six inputs (9.3 a to f), of which c) has four sub-items
 *       for the performance trends, and two kinds of result;
 *   <li>{@link #ISO_IEC_27001_2022}: seven inputs (9.3.2 a to g), of which d) has four
 *       sub-items for the performance trends, and two kinds of result (9.3.3);
 *   <li>{@link #HARMONIZED_STRUCTURE}: the core text every ISO management-system standard
 *       starts from, five inputs (9.3.2 a to e, d with three trends) and two kinds of result;
 *   <li>{@link #ISO_9001_2015}: six inputs (9.3.2 a to f, c with seven trends) and three
 *       outputs (9.3.3 a to c);
 *   <li>{@link #ISO_14001_2015}: seven inputs (9.3 a to g, b and d with four sub-items each)
 *       and six unlettered outputs.
 * </ul>
 *
 * <p>Categories that mean the same in several editions share a key, so that one input entry
 * of an integrated review (one meeting for several standards) answers every standard that
 * asks for it: {@code nonconformity-trends} is 27001:2013 c) 1), 27001:2022 d) 1), ISO 9001
 * c) 4) and ISO 14001 d) 1).
 *
 * <pre>{@code
 * Edition edition = Edition.fromKey("iso-iec-27001-2022");
 * edition.requiredInputs().size();   // 10: a, b, c, d1, d2, d3, d4, e, f, g
 * edition.standard();                // "ISO/IEC 27001"
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; there is exactly one instance per edition, so
 * editions can be compared with {@code ==} as well as {@code equals}.
 */
public final class Edition {

    /** ISO/IEC 27001:2005, clause 7: the edition the 2009 implementation guide describes. */
    public static final Edition ISO_IEC_27001_2005 = iso27001v2005();

    /**
     * ISO/IEC 27001:2013, clause 9.3: the edition before 2022, with the same inputs except the
     * changes in interested parties' needs, lettered a to f.
     *
     * <p>Certificates against this edition lapsed on 31 October 2025, at the end of the
     * transition to the 2022 edition; the catalogue keeps it so that older records, and reviews
     * held while an organization still certified against it, can be read and checked.
     */
    public static final Edition ISO_IEC_27001_2013 = iso27001v2013();

    /** ISO/IEC 27001:2022, clause 9.3: the edition organizations certify against today. */
    public static final Edition ISO_IEC_27001_2022 = iso27001v2022();

    /**
     * The Harmonized Structure, clause 9.3: the core text that ISO's management-system
     * standards share, for a review of a system whose own standard adds nothing to it.
     */
    public static final Edition HARMONIZED_STRUCTURE = harmonizedStructure();

    /** ISO 9001:2015 (quality management), clause 9.3. */
    public static final Edition ISO_9001_2015 = iso9001v2015();

    /** ISO 14001:2015 (environmental management), clause 9.3. */
    public static final Edition ISO_14001_2015 = iso14001v2015();

    private static final List<Edition> ALL = List.of(ISO_IEC_27001_2005, ISO_IEC_27001_2013,
            ISO_IEC_27001_2022, HARMONIZED_STRUCTURE, ISO_9001_2015, ISO_14001_2015);

    private static final Map<String, Edition> BY_KEY = byKey();

    private final String key;
    private final String standard;
    private final String title;
    private final IntervalRequirement intervalRequirement;
    private final List<InputCategory> inputs;
    private final List<OutputCategory> outputs;
    private final Map<String, InputCategory> inputsByKey;
    private final Map<String, OutputCategory> outputsByKey;
    private final Map<ClauseTopic, String> clauses;

    private Edition(
            String key,
            String standard,
            String title,
            IntervalRequirement intervalRequirement,
            List<InputCategory> inputs,
            List<OutputCategory> outputs,
            Map<ClauseTopic, String> clauses) {
        this.key = key;
        this.standard = standard;
        this.title = title;
        this.intervalRequirement = intervalRequirement;
        this.inputs = List.copyOf(inputs);
        this.outputs = List.copyOf(outputs);
        this.clauses = Map.copyOf(clauses);

        Map<String, InputCategory> byKey = new LinkedHashMap<>();
        for (InputCategory input : inputs) {
            byKey.put(input.key(), input);
            input.subItems().forEach(sub -> byKey.put(sub.key(), sub));
        }
        this.inputsByKey = java.util.Collections.unmodifiableMap(byKey);

        Map<String, OutputCategory> outputsByKey = new LinkedHashMap<>();
        outputs.forEach(output -> outputsByKey.put(output.key(), output));
        this.outputsByKey = java.util.Collections.unmodifiableMap(outputsByKey);
    }

    /**
     * Returns the edition with the given key.
     *
     * @param key an edition key such as {@code iso-iec-27001-2022}
     * @return the edition
     * @throws IllegalArgumentException if no edition has that key; the message lists the known
     *     keys
     */
    public static Edition fromKey(String key) {
        Objects.requireNonNull(key, "key");
        Edition edition = BY_KEY.get(key);
        if (edition == null) {
            throw new IllegalArgumentException(
                    "unknown edition '" + key + "'; known editions are " + knownKeys());
        }
        return edition;
    }

    /** Returns the edition with the given key, or empty if none has it. */
    public static Optional<Edition> findByKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /**
     * Returns every known edition, by standard (ISO/IEC 27001, the Harmonized Structure,
     * ISO 9001, ISO 14001) and oldest first within each standard.
     */
    public static List<Edition> all() {
        return ALL;
    }

    /** Returns the keys of every known edition, in the order of {@link #all()}. */
    public static List<String> knownKeys() {
        return all().stream().map(Edition::key).toList();
    }

    /** Returns the stable key of this edition, for example {@code iso-iec-27001-2022}. */
    public String key() {
        return key;
    }

    /**
     * Returns the standard this edition belongs to, without its year, so that findings can be
     * grouped by standard: {@code ISO/IEC 27001}, {@code ISO 9001}, {@code ISO 14001}, or
     * {@code HS} for the Harmonized Structure.
     */
    public String standard() {
        return standard;
    }

    /** Returns the name of the standard and its year, for example {@code ISO/IEC 27001:2022}. */
    public String title() {
        return title;
    }

    /** Returns how this edition states the time between two reviews. */
    public IntervalRequirement intervalRequirement() {
        return intervalRequirement;
    }

    /** Returns the input categories in the standard's order; sub-items hang off their parent. */
    public List<InputCategory> inputs() {
        return inputs;
    }

    /**
     * Returns the input categories that a complete review addresses one by one: every category
     * without sub-items, and every sub-item, in the standard's order.
     */
    public List<InputCategory> requiredInputs() {
        List<InputCategory> required = new ArrayList<>();
        for (InputCategory input : inputs) {
            if (input.isRequiredEntry()) {
                required.add(input);
            } else {
                required.addAll(input.subItems());
            }
        }
        return List.copyOf(required);
    }

    /** Returns the input category or sub-item with the given key, or empty if there is none. */
    public Optional<InputCategory> input(String key) {
        return Optional.ofNullable(inputsByKey.get(key));
    }

    /** Returns the output categories in the standard's order. */
    public List<OutputCategory> outputs() {
        return outputs;
    }

    /** Returns the output category with the given key, or empty if there is none. */
    public Optional<OutputCategory> output(String key) {
        return Optional.ofNullable(outputsByKey.get(key));
    }

    /**
     * Returns the clause of this edition that a topic rests on, prefixed with the edition, for
     * example {@code ISO/IEC 27001:2022 9.3.1}.
     */
    public String clause(ClauseTopic topic) {
        return title + " " + clauses.get(topic);
    }

    @Override
    public String toString() {
        return title;
    }

    private static Map<String, Edition> byKey() {
        Map<String, Edition> byKey = new LinkedHashMap<>();
        ALL.forEach(edition -> byKey.put(edition.key(), edition));
        return Map.copyOf(byKey);
    }

    private static Edition iso27001v2005() {
        List<InputCategory> inputs = List.of(
                input2005("audit-results", "a", "a", "Results of ISMS audits and reviews"),
                input2005("interested-party-feedback", "b", "b",
                        "Feedback from interested parties"),
                input2005("improvement-techniques", "c", "c",
                        "Techniques, products or procedures that could improve the ISMS"),
                input2005("preventive-corrective-actions", "d", "e",
                        "Status of preventive and corrective actions"),
                input2005("unaddressed-vulnerabilities-threats", "e", "f",
                        "Vulnerabilities or threats the last risk assessment did not cover well"),
                input2005("effectiveness-measurements", "f", "g",
                        "Results of effectiveness measurements"),
                input2005("previous-review-actions", "g", "h",
                        "Follow-up actions from earlier management reviews"),
                input2005("changes-affecting-isms", "h", "i",
                        "Changes that could affect the ISMS"),
                input2005("improvement-recommendations", "i", "j",
                        "Recommendations for improvement"));

        List<OutputCategory> outputs = List.of(
                new OutputCategory("isms-effectiveness-improvement", "a", "7.3 a)",
                        "Improving how effective the ISMS is", false),
                new OutputCategory("risk-assessment-update", "b", "7.3 b)",
                        "Updating the risk assessment and the risk treatment plan", false),
                new OutputCategory("procedure-control-changes", "c", "7.3 c)",
                        "Changing procedures and controls in answer to internal or external"
                                + " events", true),
                new OutputCategory("resource-needs", "d", "7.3 d)", "Resource needs", false),
                new OutputCategory("control-measurement-improvement", "e", "7.3 e)",
                        "Improving how the effectiveness of controls is measured", false));

        Map<ClauseTopic, String> clauses = new EnumMap<>(ClauseTopic.class);
        clauses.put(ClauseTopic.REVIEW_INTERVAL, "7.1");
        clauses.put(ClauseTopic.CHANGE_ASSESSMENT, "7.1");
        clauses.put(ClauseTopic.REVIEW_INPUTS, "7.2");
        clauses.put(ClauseTopic.REVIEW_OUTPUTS, "7.3");
        clauses.put(ClauseTopic.DOCUMENTED_RESULTS, "7.1");

        return new Edition("iso-iec-27001-2005", "ISO/IEC 27001", "ISO/IEC 27001:2005",
                IntervalRequirement.AT_LEAST_YEARLY, inputs, outputs, clauses);
    }

    private static Edition iso27001v2022() {
        List<InputCategory> trends = List.of(
                input2022Trend("nonconformity-trends", "1",
                        "Trends in nonconformities and corrective actions"),
                input2022Trend("measurement-trends", "2",
                        "Trends in monitoring and measurement results"),
                input2022Trend("audit-result-trends", "3", "Trends in audit results"),
                input2022Trend("objective-fulfilment-trends", "4",
                        "Trends in how far the security objectives were met"));

        List<InputCategory> inputs = List.of(
                input2022("previous-review-actions", "a",
                        "Status of actions from earlier management reviews"),
                input2022("changes-in-issues", "b",
                        "Changes in external and internal issues that matter to the ISMS"),
                input2022("changes-in-interested-party-needs", "c",
                        "Changes in the needs and expectations of interested parties"),
                new InputCategory("security-performance", "d", "9.3.2 d)",
                        "Feedback on information security performance", Optional.empty(),
                        Optional.empty(), trends),
                input2022("interested-party-feedback", "e", "Feedback from interested parties"),
                input2022("risk-assessment-results", "f",
                        "Results of risk assessment and status of the risk treatment plan"),
                input2022("improvement-opportunities", "g",
                        "Opportunities for continual improvement"));

        List<OutputCategory> outputs = List.of(
                new OutputCategory("improvement-opportunities", "", "9.3.3",
                        "Decisions on opportunities for continual improvement", false),
                new OutputCategory("isms-changes", "", "9.3.3",
                        "Decisions on any need for changes to the ISMS", false));

        Map<ClauseTopic, String> clauses = new EnumMap<>(ClauseTopic.class);
        clauses.put(ClauseTopic.REVIEW_INTERVAL, "9.3.1");
        clauses.put(ClauseTopic.CHANGE_ASSESSMENT, "9.3.3");
        clauses.put(ClauseTopic.REVIEW_INPUTS, "9.3.2");
        clauses.put(ClauseTopic.REVIEW_OUTPUTS, "9.3.3");
        clauses.put(ClauseTopic.DOCUMENTED_RESULTS, "9.3.3");

        return new Edition("iso-iec-27001-2022", "ISO/IEC 27001", "ISO/IEC 27001:2022",
                IntervalRequirement.PLANNED_INTERVALS, inputs, outputs, clauses);
    }

    private static Edition iso27001v2013() {
        String clause = "9.3";
        List<InputCategory> inputs = List.of(
                input("previous-review-actions", "a", clause,
                        "Status of actions from earlier management reviews"),
                input("changes-in-issues", "b", clause,
                        "Changes in external and internal issues that matter to the ISMS"),
                parent("security-performance", "c", clause,
                        "Feedback on information security performance",
                        subItem("nonconformity-trends", "1",
                                "Trends in nonconformities and corrective actions"),
                        subItem("measurement-trends", "2",
                                "Trends in monitoring and measurement results"),
                        subItem("audit-result-trends", "3", "Trends in audit results"),
                        subItem("objective-fulfilment-trends", "4",
                                "Trends in how far the security objectives were met")),
                input("interested-party-feedback", "d", clause,
                        "Feedback from interested parties"),
                input("risk-assessment-results", "e", clause,
                        "Results of risk assessment and status of the risk treatment plan"),
                input("improvement-opportunities", "f", clause,
                        "Opportunities for continual improvement"));

        List<OutputCategory> outputs = List.of(
                output("improvement-opportunities", "", clause,
                        "Decisions on opportunities for continual improvement"),
                output("isms-changes", "", clause,
                        "Decisions on any need for changes to the ISMS"));

        return new Edition("iso-iec-27001-2013", "ISO/IEC 27001", "ISO/IEC 27001:2013",
                IntervalRequirement.PLANNED_INTERVALS, inputs, outputs,
                clauses("9.3", "9.3", "9.3", "9.3"));
    }

    private static Edition harmonizedStructure() {
        String clause = "9.3.2";
        List<InputCategory> inputs = List.of(
                input("previous-review-actions", "a", clause,
                        "Status of actions from earlier management reviews"),
                input("changes-in-issues", "b", clause,
                        "Changes in external and internal issues that matter to the system"),
                input("changes-in-interested-party-needs", "c", clause,
                        "Changes in the needs and expectations of interested parties"),
                parent("system-performance", "d", clause,
                        "Information on how the management system performs",
                        subItem("nonconformity-trends", "1",
                                "Trends in nonconformities and corrective actions"),
                        subItem("measurement-trends", "2",
                                "Trends in monitoring and measurement results"),
                        subItem("audit-result-trends", "3", "Trends in audit results")),
                input("improvement-opportunities", "e", clause,
                        "Opportunities for continual improvement"));

        List<OutputCategory> outputs = List.of(
                output("improvement-opportunities", "", "9.3.3",
                        "Decisions on opportunities for continual improvement"),
                output("system-changes", "", "9.3.3",
                        "Decisions on any need for changes to the management system"));

        return new Edition("harmonized-structure", "HS", "Harmonized Structure",
                IntervalRequirement.PLANNED_INTERVALS, inputs, outputs,
                clauses("9.3.1", "9.3.3", "9.3.2", "9.3.3"));
    }

    private static Edition iso9001v2015() {
        String clause = "9.3.2";
        List<InputCategory> inputs = List.of(
                input("previous-review-actions", "a", clause,
                        "Status of actions from earlier management reviews"),
                input("changes-in-issues", "b", clause,
                        "Changes in external and internal issues that matter to the quality"
                                + " management system"),
                parent("quality-performance", "c", clause,
                        "Information on quality performance and effectiveness",
                        subItem("customer-satisfaction-trends", "1",
                                "Trends in customer satisfaction and in feedback from relevant"
                                        + " interested parties"),
                        subItem("objective-fulfilment-trends", "2",
                                "Trends in how far the quality objectives were met"),
                        subItem("process-conformity-trends", "3",
                                "Trends in process performance and in the conformity of"
                                        + " products and services"),
                        subItem("nonconformity-trends", "4",
                                "Trends in nonconformities and corrective actions"),
                        subItem("measurement-trends", "5",
                                "Trends in monitoring and measurement results"),
                        subItem("audit-result-trends", "6", "Trends in audit results"),
                        subItem("external-provider-performance-trends", "7",
                                "Trends in how external providers perform")),
                input("resource-adequacy", "d", clause, "Whether the resources are adequate"),
                input("risk-opportunity-action-effectiveness", "e", clause,
                        "How effective the actions on risks and opportunities were"),
                input("improvement-opportunities", "f", clause, "Opportunities for improvement"));

        List<OutputCategory> outputs = List.of(
                output("improvement-opportunities", "a", "9.3.3",
                        "Opportunities for improvement"),
                output("system-changes", "b", "9.3.3",
                        "Any need for changes to the quality management system"),
                output("resource-needs", "c", "9.3.3", "Resource needs"));

        return new Edition("iso-9001-2015", "ISO 9001", "ISO 9001:2015",
                IntervalRequirement.PLANNED_INTERVALS, inputs, outputs,
                clauses("9.3.1", "9.3.3", "9.3.2", "9.3.3"));
    }

    private static Edition iso14001v2015() {
        String clause = "9.3";
        List<InputCategory> inputs = List.of(
                input("previous-review-actions", "a", clause,
                        "Status of actions from earlier management reviews"),
                parent("changes-in-context", "b", clause,
                        "Changes that matter to the environmental management system",
                        subItem("changes-in-issues", "1",
                                "Changes in external and internal issues"),
                        subItem("changes-in-interested-party-needs", "2",
                                "Changes in the needs and expectations of interested parties,"
                                        + " compliance obligations included"),
                        subItem("significant-aspect-changes", "3",
                                "Changes in significant environmental aspects"),
                        subItem("risk-opportunity-changes", "4",
                                "Changes in risks and opportunities")),
                input("objective-achievement", "c", clause,
                        "How far the environmental objectives were achieved"),
                parent("environmental-performance", "d", clause,
                        "Information on environmental performance",
                        subItem("nonconformity-trends", "1",
                                "Trends in nonconformities and corrective actions"),
                        subItem("measurement-trends", "2",
                                "Trends in monitoring and measurement results"),
                        subItem("compliance-fulfilment-trends", "3",
                                "Trends in fulfilling compliance obligations"),
                        subItem("audit-result-trends", "4", "Trends in audit results")),
                input("resource-adequacy", "e", clause, "Whether the resources are adequate"),
                input("interested-party-feedback", "f", clause,
                        "Relevant communications from interested parties, complaints included"),
                input("improvement-opportunities", "g", clause,
                        "Opportunities for continual improvement"));

        List<OutputCategory> outputs = List.of(
                output("suitability-conclusions", "", clause,
                        "Conclusions on whether the system is still suitable, adequate and"
                                + " effective"),
                output("improvement-opportunities", "", clause,
                        "Decisions on opportunities for continual improvement"),
                output("system-changes", "", clause,
                        "Decisions on any need for changes to the system, resources included"),
                output("objective-shortfall-actions", "", clause,
                        "Actions where environmental objectives were not achieved"),
                output("business-integration", "", clause,
                        "Opportunities to integrate the system better with other business"
                                + " processes"),
                output("strategic-direction", "", clause,
                        "What follows for the organization's strategic direction"));

        return new Edition("iso-14001-2015", "ISO 14001", "ISO 14001:2015",
                IntervalRequirement.PLANNED_INTERVALS, inputs, outputs,
                clauses("9.3", "9.3", "9.3", "9.3"));
    }

    /** Returns the clause of every topic; documented results rest on the outputs' clause. */
    private static Map<ClauseTopic, String> clauses(String interval, String changeAssessment,
            String inputs, String outputs) {
        Map<ClauseTopic, String> clauses = new EnumMap<>(ClauseTopic.class);
        clauses.put(ClauseTopic.REVIEW_INTERVAL, interval);
        clauses.put(ClauseTopic.CHANGE_ASSESSMENT, changeAssessment);
        clauses.put(ClauseTopic.REVIEW_INPUTS, inputs);
        clauses.put(ClauseTopic.REVIEW_OUTPUTS, outputs);
        clauses.put(ClauseTopic.DOCUMENTED_RESULTS, outputs);
        return clauses;
    }

    private static InputCategory input(String key, String letter, String clause, String title) {
        return new InputCategory(key, letter, clause + " " + letter + ")", title,
                Optional.empty(), Optional.empty(), List.of());
    }

    /**
     * Returns a category addressed through its sub-items, given as {@link #subItem} drafts whose
     * letter and clause this method completes from the parent's.
     */
    private static InputCategory parent(String key, String letter, String clause, String title,
            InputCategory... drafts) {
        String parentClause = clause + " " + letter + ")";
        List<InputCategory> subItems = new ArrayList<>();
        for (InputCategory draft : drafts) {
            subItems.add(new InputCategory(draft.key(), letter + draft.letter(),
                    parentClause + " " + draft.letter() + ")", draft.title(), Optional.empty(),
                    Optional.of(key), List.of()));
        }
        return new InputCategory(key, letter, parentClause, title, Optional.empty(),
                Optional.empty(), subItems);
    }

    /** Returns the draft of a sub-item: its key, its number and its title. */
    private static InputCategory subItem(String key, String number, String title) {
        return new InputCategory(key, number, "", title, Optional.empty(), Optional.empty(),
                List.of());
    }

    private static OutputCategory output(String key, String letter, String clause,
            String title) {
        String cited = letter.isEmpty() ? clause : clause + " " + letter + ")";
        return new OutputCategory(key, letter, cited, title, false);
    }

    private static InputCategory input2005(String key, String letter, String guideLetter,
            String title) {
        return new InputCategory(key, letter, "7.2 " + letter + ")", title,
                Optional.of(guideLetter), Optional.empty(), List.of());
    }

    private static InputCategory input2022(String key, String letter, String title) {
        return new InputCategory(key, letter, "9.3.2 " + letter + ")", title, Optional.empty(),
                Optional.empty(), List.of());
    }

    private static InputCategory input2022Trend(String key, String number, String title) {
        return new InputCategory(key, "d" + number, "9.3.2 d) " + number + ")", title,
                Optional.empty(), Optional.of("security-performance"), List.of());
    }
}
