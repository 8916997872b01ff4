package io.github.ismsreview.validation;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.edition.OutputCategory;
import io.github.ismsreview.model.Action;
import io.github.ismsreview.model.Decision;
import io.github.ismsreview.model.Recommendation;
import io.github.ismsreview.model.ReviewCycle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Rules on the meeting's results: the security officer's recommendations, and decisions with a
 * category, a description, their change drivers and resources, and actions with an owner and a
 * due date not before the meeting.
 */
final class DecisionRules {

    private static final String RESOURCE_NEEDS = "resource-needs";

    private DecisionRules() {
    }

    static void check(RuleContext context) {
        ReviewCycle review = context.review();

        checkRecommendations(context, review.recommendations());

        List<Decision> decisions = review.decisions();
        if (decisions.isEmpty() && context.applies(ReviewRule.DECISION_NONE)) {
            context.report(ReviewRule.DECISION_NONE, "decisions",
                    context.message("decision.none", "stage", context.stage()),
                    "stage", context.stage());
        }

        Optional<LocalDate> meeting = context.meetingDate();
        for (int i = 0; i < decisions.size(); i++) {
            checkDecision(context, decisions.get(i), "decisions[" + i + "]", meeting);
        }
    }

    private static void checkRecommendations(RuleContext context,
            List<Recommendation> recommendations) {
        if (recommendations.isEmpty() && context.applies(ReviewRule.RECOMMENDATION_MISSING)) {
            context.report(ReviewRule.RECOMMENDATION_MISSING, "recommendations",
                    context.message("recommendation.missing"));
        }
        if (!context.applies(ReviewRule.RECOMMENDATION_DESCRIPTION_MISSING)) {
            return;
        }
        for (int i = 0; i < recommendations.size(); i++) {
            Recommendation recommendation = recommendations.get(i);
            if (recommendation.description().isEmpty()) {
                context.report(ReviewRule.RECOMMENDATION_DESCRIPTION_MISSING,
                        "recommendations[" + i + "].description",
                        context.message("recommendation.description-missing",
                                "kind", recommendation.kind()),
                        "kind", recommendation.kind());
            }
        }
    }

    private static void checkDecision(RuleContext context, Decision decision, String path,
            Optional<LocalDate> meeting) {
        Supplier<String> label = () -> label(context, "decision", decision.id(),
                decision.description());

        Optional<OutputCategory> category = Optional.empty();
        if (decision.category().isEmpty()) {
            if (context.applies(ReviewRule.DECISION_CATEGORY_MISSING)) {
                context.report(ReviewRule.DECISION_CATEGORY_MISSING, path + ".category",
                        context.message("decision.category-missing", "label", label.get(),
                                "editionTitle", context.editionTitles(),
                                "outputs", outputKeys(context)));
            }
        } else {
            String key = decision.category().get();
            category = output(context, key);
            if (category.isEmpty() && context.applies(ReviewRule.DECISION_CATEGORY_UNKNOWN)) {
                context.report(ReviewRule.DECISION_CATEGORY_UNKNOWN, path + ".category",
                        context.message("decision.category-unknown", "category", key,
                                "editionTitle", context.editionTitles(),
                                "outputs", outputKeys(context)),
                        "category", key, "edition", context.edition().key());
            }
        }

        // The 2005 categories carry the change drivers; a review that does not follow 2005 can
        // still classify a decision by them.
        Optional<OutputCategory> classification = classification(context, decision, path);
        Optional<OutputCategory> category2005 =
                context.editions().contains(Edition.ISO_IEC_27001_2005)
                        ? decision.category().flatMap(Edition.ISO_IEC_27001_2005::output)
                        : classification;

        if (decision.description().isEmpty()
                && context.applies(ReviewRule.DECISION_DESCRIPTION_MISSING)) {
            context.report(ReviewRule.DECISION_DESCRIPTION_MISSING, path + ".description",
                    context.message("decision.description-missing", "label", label.get()));
        }

        if (category2005.filter(OutputCategory::namesChangeDriver).isPresent()
                && decision.drivers().isEmpty()
                && context.applies(ReviewRule.DECISION_DRIVER_MISSING)) {
            context.report(ReviewRule.DECISION_DRIVER_MISSING, path + ".drivers",
                    context.message("decision.driver-missing", "label", label.get()),
                    "category", category2005.get().key());
        }

        checkResources(context, decision, path, label,
                category.isPresent() && category.get().key().equals(RESOURCE_NEEDS)
                        ? category
                        : category2005);

        List<Action> actions = decision.actions();
        for (int j = 0; j < actions.size(); j++) {
            checkAction(context, actions.get(j), path + ".actions[" + j + "]", meeting);
        }
    }

    private static Optional<OutputCategory> classification(RuleContext context,
            Decision decision, String path) {
        if (decision.classification().isEmpty()) {
            return Optional.empty();
        }
        String key = decision.classification().get();
        Optional<OutputCategory> classification = Edition.ISO_IEC_27001_2005.output(key);
        if (classification.isEmpty()
                && context.applies(ReviewRule.DECISION_CLASSIFICATION_UNKNOWN)) {
            context.report(ReviewRule.DECISION_CLASSIFICATION_UNKNOWN, path + ".classification",
                    context.message("decision.classification-unknown", "classification", key,
                            "outputs", outputKeys(Edition.ISO_IEC_27001_2005)),
                    "classification", key);
        }
        return classification;
    }

    private static void checkResources(RuleContext context, Decision decision, String path,
            Supplier<String> label, Optional<OutputCategory> category) {
        // The category is the decision's own where it is resource-needs (2005 7.3 d, ISO 9001
        // 9.3.3 c), else its 2005 category or classification.
        boolean resourceDecision = decision.resources().isPresent()
                || category.filter(c -> c.key().equals(RESOURCE_NEEDS)).isPresent();
        boolean quantified = decision.resources().filter(r -> r.isQuantified()).isPresent();
        if (resourceDecision && !quantified
                && context.applies(ReviewRule.DECISION_RESOURCES_UNQUANTIFIED)) {
            Optional<String> note = decision.resources().flatMap(r -> r.note());
            context.report(ReviewRule.DECISION_RESOURCES_UNQUANTIFIED, path + ".resources",
                    note.isPresent()
                            ? context.message("decision.resources-unquantified.note",
                                    "label", label.get(), "note", note.get())
                            : context.message("decision.resources-unquantified",
                                    "label", label.get()));
        }
    }

    private static void checkAction(RuleContext context, Action action, String path,
            Optional<LocalDate> meeting) {
        Supplier<String> label = () -> label(context, "action", action.id(),
                action.description());

        if (action.description().isEmpty()
                && context.applies(ReviewRule.ACTION_DESCRIPTION_MISSING)) {
            context.report(ReviewRule.ACTION_DESCRIPTION_MISSING, path + ".description",
                    context.message("action.description-missing", "label", label.get()));
        }
        if (action.owner().isEmpty() && context.applies(ReviewRule.ACTION_OWNER_MISSING)) {
            context.report(ReviewRule.ACTION_OWNER_MISSING, path + ".owner",
                    context.message("action.owner-missing", "label", label.get()));
        }
        if (action.dueOn().isEmpty()) {
            if (context.applies(ReviewRule.ACTION_DUE_DATE_MISSING)) {
                context.report(ReviewRule.ACTION_DUE_DATE_MISSING, path + ".dueOn",
                        context.message("action.due-date-missing", "label", label.get()));
            }
        } else if (meeting.isPresent() && action.dueOn().get().isBefore(meeting.get())
                && context.applies(ReviewRule.ACTION_DUE_BEFORE_MEETING)) {
            context.report(ReviewRule.ACTION_DUE_BEFORE_MEETING, path + ".dueOn",
                    context.message("action.due-before-meeting", "label", label.get(),
                            "dueOn", action.dueOn().get(), "meetingOn", meeting.get()),
                    "dueOn", action.dueOn().get(), "meetingOn", meeting.get());
        }
    }

    /**
     * Returns how a message names a decision or action: by id, else by its text, else as "a
     * decision"; {@code kind} is {@code decision} or {@code action}.
     */
    private static String label(RuleContext context, String kind, Optional<String> id,
            Optional<String> text) {
        if (id.isPresent()) {
            return context.message("label." + kind + ".id", "id", id.get());
        }
        if (text.isPresent()) {
            return context.message("label." + kind + ".text", "text", abbreviate(text.get()));
        }
        return context.message("label." + kind + ".none");
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static String outputKeys(Edition edition) {
        return edition.outputs().stream().map(OutputCategory::key).toList().toString();
    }

    /** Returns the output keys of every edition the review covers, each once, in their order. */
    private static String outputKeys(RuleContext context) {
        return context.editions().stream()
                .flatMap(edition -> edition.outputs().stream())
                .map(OutputCategory::key)
                .distinct()
                .toList()
                .toString();
    }

    /** Returns the output category with the key in the first covered edition that has it. */
    private static Optional<OutputCategory> output(RuleContext context, String key) {
        for (Edition edition : context.editions()) {
            Optional<OutputCategory> output = edition.output(key);
            if (output.isPresent()) {
                return output;
            }
        }
        return Optional.empty();
    }
}
