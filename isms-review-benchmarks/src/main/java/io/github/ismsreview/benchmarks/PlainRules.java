package io.github.ismsreview.benchmarks;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.edition.InputCategory;
import io.github.ismsreview.edition.OutputCategory;
import io.github.ismsreview.model.Action;
import io.github.ismsreview.model.ChangeAssessment;
import io.github.ismsreview.model.Decision;
import io.github.ismsreview.model.InputEntry;
import io.github.ismsreview.model.InputStatus;
import io.github.ismsreview.model.Participant;
import io.github.ismsreview.model.ParticipantRole;
import io.github.ismsreview.model.Protocol;
import io.github.ismsreview.model.Recommendation;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import io.github.ismsreview.model.Signature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The main domain rules of the validator written as plain Java, the baseline of the domain-rule
 * benchmark: the same checks on the same stages, one string per finding with its rule id and
 * path, and nothing else (no policy, no severities, no messages, no sorting).
 *
 * <p>It covers the stage, interval, input, assessment, decision, action and protocol rules for
 * the standard policy of 12 months. It is a yardstick for what the checks cost, not a second
 * validator; its findings on the fixtures are checked against the library's in the benchmark's
 * set-up.
 */
final class PlainRules {

    private static final Set<String> IMPROVEMENT = Set.of("improvement-opportunities",
            "isms-effectiveness-improvement", "control-measurement-improvement");
    private static final Set<String> CHANGE = Set.of("isms-changes",
            "procedure-control-changes", "risk-assessment-update");

    private PlainRules() {
    }

    /** Returns one {@code ruleId at path} per finding, in the order the checks meet them. */
    static List<String> check(ReviewCycle review, LocalDate asOf) {
        List<String> found = new ArrayList<>();
        ReviewStage stage = review.stage();
        boolean held = stage.isAtLeast(ReviewStage.HELD);
        boolean prepared = stage.isAtLeast(ReviewStage.INPUTS_PREPARED);

        if (stage == ReviewStage.CANCELLED && review.cancellationReason().isEmpty()) {
            found.add("stage.cancellation-reason-missing at cancellationReason");
        }
        if (review.plannedOn().isEmpty()) {
            found.add("stage.planned-date-missing at plannedOn");
        }
        Optional<LocalDate> heldOn = review.heldOn();
        if (heldOn.isEmpty() && held) {
            found.add("stage.held-date-missing at heldOn");
        }
        if (heldOn.isPresent() && heldOn.get().isAfter(asOf)) {
            found.add("stage.held-in-future at heldOn");
        }

        checkInterval(review, asOf, found);
        checkInputs(review, prepared, found);
        if (held) {
            checkAssessment(review, found);
            checkRecommendations(review, found);
            checkDecisions(review, found);
            checkProtocol(review, stage, found);
        }
        return found;
    }

    private static void checkInterval(ReviewCycle review, LocalDate asOf, List<String> found) {
        if (review.heldOn().isPresent() && review.plannedOn().isPresent()
                && review.heldOn().get().isAfter(review.plannedOn().get())) {
            found.add("interval.held-late at heldOn");
        }
        if (review.previousReview().isEmpty()) {
            if (!review.firstReview()) {
                found.add("interval.previous-unknown at previousReview");
            }
            return;
        }
        LocalDate previous = review.previousReview().get().heldOn();
        LocalDate latest = previous.plusMonths(12);
        if (review.heldOn().isPresent()) {
            LocalDate heldOn = review.heldOn().get();
            if (!heldOn.isAfter(previous)) {
                found.add("interval.not-after-previous at heldOn");
            } else if (heldOn.isAfter(latest)) {
                found.add("interval.exceeded at heldOn");
            }
            return;
        }
        if (review.plannedOn().isPresent() && review.plannedOn().get().isAfter(latest)) {
            found.add("interval.planned-too-late at plannedOn");
        }
        if (asOf.isAfter(latest)) {
            found.add("interval.overdue at heldOn");
        }
    }

    private static void checkInputs(ReviewCycle review, boolean prepared, List<String> found) {
        Edition edition = review.edition();
        List<InputEntry> inputs = review.inputs();
        Set<String> covered = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            InputEntry entry = inputs.get(i);
            if (edition.input(entry.category()).isEmpty()) {
                found.add("input.category-unknown at inputs[" + i + "].category");
            } else if (!covered.add(entry.category())) {
                found.add("input.category-duplicated at inputs[" + i + "].category");
            }
            if (!prepared) {
                continue;
            }
            if (entry.status() == InputStatus.NOTHING_TO_REPORT) {
                if (entry.reason().isEmpty()) {
                    found.add("input.reason-missing at inputs[" + i + "].reason");
                }
                continue;
            }
            if (entry.summary().isEmpty()) {
                found.add("input.summary-missing at inputs[" + i + "].summary");
            }
            if (entry.evidence().isEmpty()) {
                found.add("input.evidence-missing at inputs[" + i + "].evidence");
            }
            if (entry.preparedBy().isEmpty()) {
                found.add("input.preparer-missing at inputs[" + i + "].preparedBy");
            }
        }
        if (prepared) {
            for (InputCategory category : edition.requiredInputs()) {
                if (!covered.contains(category.key())) {
                    found.add("input.category-missing at inputs");
                }
            }
        }
    }

    private static void checkAssessment(ReviewCycle review, List<String> found) {
        Optional<ChangeAssessment> assessment = review.assessment();
        if (assessment.flatMap(ChangeAssessment::improvementOpportunities).isEmpty()
                && !hasDecisionIn(review, IMPROVEMENT)) {
            found.add("assessment.improvement-missing at assessment.improvementOpportunities");
        }
        if (assessment.flatMap(ChangeAssessment::ismsChanges).isEmpty()
                && !hasDecisionIn(review, CHANGE)) {
            found.add("assessment.changes-missing at assessment.ismsChanges");
        }
        if (assessment.flatMap(ChangeAssessment::securityPolicy).isEmpty()) {
            found.add("assessment.policy-missing at assessment.securityPolicy");
        }
        if (assessment.flatMap(ChangeAssessment::securityObjectives).isEmpty()) {
            found.add("assessment.objectives-missing at assessment.securityObjectives");
        }
        if (assessment.flatMap(ChangeAssessment::suitability).isEmpty()) {
            found.add("assessment.suitability-missing at assessment.suitability");
        }
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

    private static void checkRecommendations(ReviewCycle review, List<String> found) {
        List<Recommendation> recommendations = review.recommendations();
        if (recommendations.isEmpty()) {
            found.add("recommendation.missing at recommendations");
        }
        for (int i = 0; i < recommendations.size(); i++) {
            if (recommendations.get(i).description().isEmpty()) {
                found.add("recommendation.description-missing at recommendations[" + i
                        + "].description");
            }
        }
    }

    private static void checkDecisions(ReviewCycle review, List<String> found) {
        Edition edition = review.edition();
        List<Decision> decisions = review.decisions();
        if (decisions.isEmpty()) {
            found.add("decision.none at decisions");
        }
        Optional<LocalDate> meeting = review.heldOn().isPresent()
                ? review.heldOn()
                : review.protocol().flatMap(Protocol::meetingOn);
        for (int i = 0; i < decisions.size(); i++) {
            Decision decision = decisions.get(i);
            Optional<OutputCategory> category = Optional.empty();
            if (decision.category().isEmpty()) {
                found.add("decision.category-missing at decisions[" + i + "].category");
            } else {
                category = edition.output(decision.category().get());
                if (category.isEmpty()) {
                    found.add("decision.category-unknown at decisions[" + i + "].category");
                }
            }
            Optional<OutputCategory> classification = Optional.empty();
            if (decision.classification().isPresent()) {
                classification = Edition.ISO_IEC_27001_2005.output(
                        decision.classification().get());
                if (classification.isEmpty()) {
                    found.add("decision.classification-unknown at decisions[" + i
                            + "].classification");
                }
            }
            Optional<OutputCategory> category2005 =
                    edition == Edition.ISO_IEC_27001_2005 ? category : classification;
            if (decision.description().isEmpty()) {
                found.add("decision.description-missing at decisions[" + i + "].description");
            }
            if (category2005.isPresent() && category2005.get().namesChangeDriver()
                    && decision.drivers().isEmpty()) {
                found.add("decision.driver-missing at decisions[" + i + "].drivers");
            }
            boolean resourceDecision = decision.resources().isPresent()
                    || category2005.isPresent()
                    && category2005.get().key().equals("resource-needs");
            if (resourceDecision && !decision.resources().map(r -> r.isQuantified())
                    .orElse(false)) {
                found.add("decision.resources-unquantified at decisions[" + i + "].resources");
            }
            checkActions(decision.actions(), i, meeting, found);
        }
    }

    private static void checkActions(List<Action> actions, int decision,
            Optional<LocalDate> meeting, List<String> found) {
        for (int j = 0; j < actions.size(); j++) {
            Action action = actions.get(j);
            if (action.description().isEmpty()) {
                found.add("action.description-missing at " + actionPath(decision, j)
                        + ".description");
            }
            if (action.owner().isEmpty()) {
                found.add("action.owner-missing at " + actionPath(decision, j) + ".owner");
            }
            if (action.dueOn().isEmpty()) {
                found.add("action.due-date-missing at " + actionPath(decision, j) + ".dueOn");
            } else if (meeting.isPresent() && action.dueOn().get().isBefore(meeting.get())) {
                found.add("action.due-before-meeting at " + actionPath(decision, j) + ".dueOn");
            }
        }
    }

    private static String actionPath(int decision, int action) {
        return "decisions[" + decision + "].actions[" + action + "]";
    }

    private static void checkProtocol(ReviewCycle review, ReviewStage stage,
            List<String> found) {
        if (review.protocol().isEmpty()) {
            found.add("protocol.missing at protocol");
            return;
        }
        Protocol protocol = review.protocol().get();
        if (protocol.meetingOn().isEmpty()) {
            found.add("protocol.date-missing at protocol.meetingOn");
        } else if (review.heldOn().isPresent()
                && !protocol.meetingOn().get().equals(review.heldOn().get())) {
            found.add("protocol.date-mismatch at protocol.meetingOn");
        }

        boolean topManagement = false;
        boolean officer = false;
        for (Participant participant : protocol.participants()) {
            topManagement |= participant.attendedAs(ParticipantRole.TOP_MANAGEMENT);
            officer |= participant.attendedAs(ParticipantRole.INFORMATION_SECURITY_OFFICER);
        }
        if (!topManagement) {
            found.add("protocol.top-management-absent at protocol.participants");
        }
        if (!officer) {
            found.add("protocol.officer-absent at protocol.participants");
        }
        if (protocol.agreedItems().isEmpty()) {
            found.add("protocol.agreed-items-missing at protocol.agreedItems");
        }

        if (protocol.signature().isEmpty()) {
            found.add("protocol.unsigned at protocol.signature");
            return;
        }
        Signature signature = protocol.signature().get();
        boolean signerAttended = false;
        for (Participant participant : protocol.participants()) {
            if (participant.name().equals(signature.signedBy())) {
                signerAttended = participant.attendedAs(ParticipantRole.TOP_MANAGEMENT);
                break;
            }
        }
        if (signature.role() != ParticipantRole.TOP_MANAGEMENT || !signerAttended) {
            found.add("protocol.signer-not-top-management at protocol.signature.signedBy");
        }
        Optional<LocalDate> meeting = protocol.meetingOn().or(review::heldOn);
        if (meeting.isPresent() && signature.signedOn().isBefore(meeting.get())) {
            found.add("protocol.signed-before-meeting at protocol.signature.signedOn");
        }
    }
}
