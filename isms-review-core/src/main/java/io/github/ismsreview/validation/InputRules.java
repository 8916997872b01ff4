package io.github.ismsreview.validation;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.edition.InputCategory;
import io.github.ismsreview.model.InputEntry;
import io.github.ismsreview.model.InputStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rules on the inputs: every category of the edition is covered, each entry is complete, and
 * the entries name known categories once each.
 *
 * <p>An integrated review must cover the required inputs of every edition it covers; an entry
 * for a key that several editions share answers all of them, and a missing one is reported
 * once, as a finding of the first edition (primary first) that asks for it, citing that
 * edition's clause.
 */
final class InputRules {

    private InputRules() {
    }

    static void check(RuleContext context) {
        List<InputEntry> inputs = context.review().inputs();
        Set<String> covered = new HashSet<>();

        for (int i = 0; i < inputs.size(); i++) {
            InputEntry entry = inputs.get(i);
            String path = "inputs[" + i + "]";

            if (!isKnown(context, entry.category())) {
                if (context.applies(ReviewRule.INPUT_CATEGORY_UNKNOWN)) {
                    context.report(ReviewRule.INPUT_CATEGORY_UNKNOWN, path + ".category",
                            context.message("input.category-unknown",
                                    "category", entry.category(),
                                    "editionTitle", context.editionTitles()),
                            editionValues(context, "category", entry.category()));
                }
            } else if (!covered.add(entry.category())
                    && context.applies(ReviewRule.INPUT_CATEGORY_DUPLICATED)) {
                context.report(ReviewRule.INPUT_CATEGORY_DUPLICATED, path + ".category",
                        context.message("input.category-duplicated",
                                "category", entry.category()),
                        "category", entry.category());
            }

            checkEntry(context, entry, path);
        }

        if (!context.applies(ReviewRule.INPUT_CATEGORY_MISSING)) {
            return;
        }
        Set<String> reported = new HashSet<>();
        for (Edition edition : context.editions()) {
            for (InputCategory category : edition.requiredInputs()) {
                if (!covered.contains(category.key()) && reported.add(category.key())) {
                    reportMissing(context, edition, category);
                }
            }
        }
    }

    private static boolean isKnown(RuleContext context, String category) {
        return context.editions().stream().anyMatch(e -> e.input(category).isPresent());
    }

    /**
     * Returns the values of a finding followed, for an integrated review, by the keys of the
     * editions it covers; the primary edition's key for any other.
     */
    private static Object[] editionValues(RuleContext context, String name, String value) {
        if (!context.isIntegrated()) {
            return new Object[] {name, value, "edition", context.edition().key()};
        }
        List<String> keys = context.editions().stream().map(Edition::key).toList();
        return new Object[] {name, value, "edition", context.edition().key(),
                "editions", String.join(",", keys)};
    }

    private static void reportMissing(RuleContext context, Edition edition,
            InputCategory category) {
        if (!context.isIntegrated()) {
            context.report(ReviewRule.INPUT_CATEGORY_MISSING, "inputs",
                    missing(context, category),
                    "category", category.key(), "clause", category.clause());
            return;
        }
        context.report(ReviewRule.INPUT_CATEGORY_MISSING, edition, "inputs",
                context.message("input.category-missing.integrated",
                        "editionTitle", edition.title(), "clause", category.clause(),
                        "category", category.key(), "title", category.title()),
                "category", category.key(), "clause", category.clause(),
                "edition", edition.key(), "standard", edition.standard());
    }

    private static void checkEntry(RuleContext context, InputEntry entry, String path) {
        if (entry.status() == InputStatus.NOTHING_TO_REPORT) {
            if (entry.reason().isEmpty() && context.applies(ReviewRule.INPUT_REASON_MISSING)) {
                context.report(ReviewRule.INPUT_REASON_MISSING, path + ".reason",
                        context.message("input.reason-missing", "category", entry.category()),
                        "category", entry.category());
            }
            return;
        }

        if (entry.summary().isEmpty() && context.applies(ReviewRule.INPUT_SUMMARY_MISSING)) {
            context.report(ReviewRule.INPUT_SUMMARY_MISSING, path + ".summary",
                    context.message("input.summary-missing", "category", entry.category()),
                    "category", entry.category());
        }
        if (entry.evidence().isEmpty() && context.applies(ReviewRule.INPUT_EVIDENCE_MISSING)) {
            context.report(ReviewRule.INPUT_EVIDENCE_MISSING, path + ".evidence",
                    context.message("input.evidence-missing", "category", entry.category()),
                    "category", entry.category());
        }
        if (entry.preparedBy().isEmpty() && context.applies(ReviewRule.INPUT_PREPARER_MISSING)) {
            context.report(ReviewRule.INPUT_PREPARER_MISSING, path + ".preparedBy",
                    context.message("input.preparer-missing", "category", entry.category()),
                    "category", entry.category());
        }
    }

    /** Returns the message on a missing category, naming its letter in the guide if it has one. */
    private static String missing(RuleContext context, InputCategory category) {
        if (category.guideLetter().isPresent()) {
            return context.message("input.category-missing.guide", "clause", category.clause(),
                    "category", category.key(), "title", category.title(),
                    "guideLetter", category.guideLetter().get());
        }
        return context.message("input.category-missing", "clause", category.clause(),
                "category", category.key(), "title", category.title());
    }
}
