package io.github.ismsreview.validation;

import io.github.ismsreview.model.ChangeAssessment;
import io.github.ismsreview.model.Decision;
import io.github.ismsreview.model.ReviewCycle;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Rules on whether the record shows that improvement opportunities and the need for changes,
 * including changes to the security policy and objectives, were assessed, and that the review
 * concluded on the suitability, adequacy and effectiveness of the ISMS.
 *
 * <p>A decision in an improvement category shows that improvement opportunities were assessed,
 * and a decision to change the ISMS shows that the need for changes was, even where the record
 * has no separate conclusion. The categories are those of every edition: improvement is
 * {@code improvement-opportunities} (every edition after 2005) and the 2005 7.3 a) and e);
 * change is {@code isms-changes} (ISO/IEC 27001:2013 and 2022), {@code system-changes} (the
 * Harmonized Structure, ISO 9001, ISO 14001) and the 2005 7.3 b) and c).
 *
 * <p>Limitation: ISO 9001:2015 9.3.1 also asks that the review fit the organization's strategic
 * direction; no rule checks it, because the record has no conclusion of that kind to look for.
 */
final class AssessmentRules {

    private static final Set<String> IMPROVEMENT_CATEGORIES = Set.of(
            "improvement-opportunities", "isms-effectiveness-improvement",
            "control-measurement-improvement");

    private static final Set<String> CHANGE_CATEGORIES = Set.of(
            "isms-changes", "system-changes", "procedure-control-changes",
            "risk-assessment-update");

    private AssessmentRules() {
    }

    static void check(RuleContext context) {
        if (!context.applies(ReviewRule.ASSESSMENT_CHANGES_MISSING)) {
            return;
        }
        ReviewCycle review = context.review();
        Optional<ChangeAssessment> assessment = review.assessment();

        if (!stated(assessment, ChangeAssessment::improvementOpportunities)
                && !hasDecisionIn(review, IMPROVEMENT_CATEGORIES)) {
            context.report(ReviewRule.ASSESSMENT_IMPROVEMENT_MISSING,
                    "assessment.improvementOpportunities",
                    context.message("assessment.improvement-missing",
                            "categories", keys(context, IMPROVEMENT_CATEGORIES)));
        }
        if (!stated(assessment, ChangeAssessment::ismsChanges)
                && !hasDecisionIn(review, CHANGE_CATEGORIES)) {
            context.report(ReviewRule.ASSESSMENT_CHANGES_MISSING, "assessment.ismsChanges",
                    context.message("assessment.changes-missing",
                            "categories", keys(context, CHANGE_CATEGORIES)));
        }
        if (!stated(assessment, ChangeAssessment::securityPolicy)) {
            context.report(ReviewRule.ASSESSMENT_POLICY_MISSING, "assessment.securityPolicy",
                    context.message("assessment.policy-missing"));
        }
        if (!stated(assessment, ChangeAssessment::securityObjectives)) {
            context.report(ReviewRule.ASSESSMENT_OBJECTIVES_MISSING,
                    "assessment.securityObjectives",
                    context.message("assessment.objectives-missing"));
        }
        if (!stated(assessment, ChangeAssessment::suitability)) {
            context.report(ReviewRule.ASSESSMENT_SUITABILITY_MISSING, "assessment.suitability",
                    context.message("assessment.suitability-missing"));
        }
    }

    /** Returns the keys of the covered editions' output categories among the given ones, sorted. */
    private static String keys(RuleContext context, Set<String> categories) {
        return context.editions().stream()
                .flatMap(edition -> edition.outputs().stream())
                .map(output -> output.key())
                .filter(categories::contains)
                .distinct()
                .sorted()
                .toList()
                .toString();
    }

    private static boolean stated(Optional<ChangeAssessment> assessment,
            Function<ChangeAssessment, Optional<String>> conclusion) {
        return assessment.flatMap(conclusion).isPresent();
    }

    private static boolean hasDecisionIn(ReviewCycle review, Set<String> categories) {
        for (Decision decision : review.decisions()) {
            if (decision.category().filter(categories::contains).isPresent()
                    || decision.classification().filter(categories::contains).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
