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
 */
final class InputRules {

    private InputRules() {
    }

    static void check(RuleContext context) {
        Edition edition = context.edition();
        List<InputEntry> inputs = context.review().inputs();
        Set<String> covered = new HashSet<>();

        for (int i = 0; i < inputs.size(); i++) {
            InputEntry entry = inputs.get(i);
            String path = "inputs[" + i + "]";

            if (edition.input(entry.category()).isEmpty()) {
                if (context.applies(ReviewRule.INPUT_CATEGORY_UNKNOWN)) {
                    context.report(ReviewRule.INPUT_CATEGORY_UNKNOWN, path + ".category",
                            "input category '" + entry.category() + "' is not an input of "
                                    + edition.title(),
                            "category", entry.category(), "edition", edition.key());
                }
            } else if (!covered.add(entry.category())
                    && context.applies(ReviewRule.INPUT_CATEGORY_DUPLICATED)) {
                context.report(ReviewRule.INPUT_CATEGORY_DUPLICATED, path + ".category",
                        "input category '" + entry.category() + "' has more than one entry",
                        "category", entry.category());
            }

            checkEntry(context, entry, path);
        }

        if (!context.applies(ReviewRule.INPUT_CATEGORY_MISSING)) {
            return;
        }
        for (InputCategory category : edition.requiredInputs()) {
            if (!covered.contains(category.key())) {
                context.report(ReviewRule.INPUT_CATEGORY_MISSING, "inputs",
                        "no entry for input " + describe(category)
                                + "; address it or mark it as having nothing to report",
                        "category", category.key(), "clause", category.clause());
            }
        }
    }

    private static void checkEntry(RuleContext context, InputEntry entry, String path) {
        if (entry.status() == InputStatus.NOTHING_TO_REPORT) {
            if (entry.reason().isEmpty() && context.applies(ReviewRule.INPUT_REASON_MISSING)) {
                context.report(ReviewRule.INPUT_REASON_MISSING, path + ".reason",
                        "input '" + entry.category() + "' has nothing to report but no reason",
                        "category", entry.category());
            }
            return;
        }

        if (entry.summary().isEmpty() && context.applies(ReviewRule.INPUT_SUMMARY_MISSING)) {
            context.report(ReviewRule.INPUT_SUMMARY_MISSING, path + ".summary",
                    "input '" + entry.category() + "' is addressed but has no summary",
                    "category", entry.category());
        }
        if (entry.evidence().isEmpty() && context.applies(ReviewRule.INPUT_EVIDENCE_MISSING)) {
            context.report(ReviewRule.INPUT_EVIDENCE_MISSING, path + ".evidence",
                    "input '" + entry.category() + "' names no report management could read",
                    "category", entry.category());
        }
        if (entry.preparedBy().isEmpty() && context.applies(ReviewRule.INPUT_PREPARER_MISSING)) {
            context.report(ReviewRule.INPUT_PREPARER_MISSING, path + ".preparedBy",
                    "input '" + entry.category() + "' does not say who prepared it",
                    "category", entry.category());
        }
    }

    private static String describe(InputCategory category) {
        String guide = category.guideLetter()
                .map(letter -> ", letter " + letter + " in the 2009 guide")
                .orElse("");
        return category.clause() + " '" + category.key() + "' (" + category.title() + guide
                + ")";
    }
}
