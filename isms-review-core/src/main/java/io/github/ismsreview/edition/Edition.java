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
 * {@link ClauseTopic} rests on. Two editions are known:
 *
 * <ul>
 *   <li>{@link #ISO_IEC_27001_2005}: nine inputs (7.2 a to i) and five outputs (7.3 a to e); the
 *       2009 implementation guide prints the inputs with the letters a, b, c, e, f, g, h, i, j
 *       (it skips d), and each input carries that letter as its {@link
 *       InputCategory#guideLetter() guide letter};
 *   <li>{@link #ISO_IEC_27001_2022}: seven inputs (9.3.2 a to g), of which d) has four
 *       sub-items for the performance trends, and two kinds of result (9.3.3).
 * </ul>
 *
 * <pre>{@code
 * Edition edition = Edition.fromKey("iso-iec-27001-2022");
 * edition.requiredInputs().size();   // 10: a, b, c, d1, d2, d3, d4, e, f, g
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; there is exactly one instance per edition, so
 * editions can be compared with {@code ==} as well as {@code equals}.
 */
public final class Edition {

    /** ISO/IEC 27001:2005, clause 7: the edition the 2009 implementation guide describes. */
    public static final Edition ISO_IEC_27001_2005 = iso27001v2005();

    /** ISO/IEC 27001:2022, clause 9.3: the edition organizations certify against today. */
    public static final Edition ISO_IEC_27001_2022 = iso27001v2022();

    private static final Map<String, Edition> BY_KEY = Map.of(
            ISO_IEC_27001_2005.key(), ISO_IEC_27001_2005,
            ISO_IEC_27001_2022.key(), ISO_IEC_27001_2022);

    private final String key;
    private final String title;
    private final IntervalRequirement intervalRequirement;
    private final List<InputCategory> inputs;
    private final List<OutputCategory> outputs;
    private final Map<String, InputCategory> inputsByKey;
    private final Map<String, OutputCategory> outputsByKey;
    private final Map<ClauseTopic, String> clauses;

    private Edition(
            String key,
            String title,
            IntervalRequirement intervalRequirement,
            List<InputCategory> inputs,
            List<OutputCategory> outputs,
            Map<ClauseTopic, String> clauses) {
        this.key = key;
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

    /** Returns every known edition, oldest first. */
    public static List<Edition> all() {
        return List.of(ISO_IEC_27001_2005, ISO_IEC_27001_2022);
    }

    /** Returns the keys of every known edition, oldest first. */
    public static List<String> knownKeys() {
        return all().stream().map(Edition::key).toList();
    }

    /** Returns the stable key of this edition, for example {@code iso-iec-27001-2022}. */
    public String key() {
        return key;
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

        return new Edition("iso-iec-27001-2005", "ISO/IEC 27001:2005",
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

        return new Edition("iso-iec-27001-2022", "ISO/IEC 27001:2022",
                IntervalRequirement.PLANNED_INTERVALS, inputs, outputs, clauses);
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
