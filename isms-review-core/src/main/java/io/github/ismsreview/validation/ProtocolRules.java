package io.github.ismsreview.validation;

import io.github.ismsreview.model.Participant;
import io.github.ismsreview.model.ParticipantRole;
import io.github.ismsreview.model.Protocol;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import io.github.ismsreview.model.Signature;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Rules on the protocol: its date equals the held date, top management and the security officer
 * attended, it lists what was agreed, and an attending member of top management signed it on
 * or after the meeting.
 */
final class ProtocolRules {

    private ProtocolRules() {
    }

    static void check(RuleContext context) {
        if (!context.applies(ReviewRule.PROTOCOL_MISSING)) {
            return;
        }
        ReviewCycle review = context.review();
        if (review.protocol().isEmpty()) {
            context.report(ReviewRule.PROTOCOL_MISSING, "protocol",
                    "the review is at stage " + RuleContext.key(context.stage()) + " but has no"
                            + " protocol: its meeting date, the participants with their roles,"
                            + " what was agreed and the signature",
                    "stage", context.stage());
            return;
        }
        Protocol protocol = review.protocol().get();

        if (protocol.meetingOn().isEmpty()) {
            context.report(ReviewRule.PROTOCOL_DATE_MISSING, "protocol.meetingOn",
                    "the protocol does not state the date of the meeting");
        } else if (review.heldOn().isPresent()
                && !protocol.meetingOn().get().equals(review.heldOn().get())) {
            context.report(ReviewRule.PROTOCOL_DATE_MISMATCH, "protocol.meetingOn",
                    "protocol meetingOn " + protocol.meetingOn().get()
                            + " differs from the review's heldOn " + review.heldOn().get(),
                    "meetingOn", protocol.meetingOn().get(), "heldOn", review.heldOn().get());
        }

        if (protocol.participants().stream()
                .noneMatch(p -> p.attendedAs(ParticipantRole.TOP_MANAGEMENT))) {
            context.report(ReviewRule.PROTOCOL_TOP_MANAGEMENT_ABSENT, "protocol.participants",
                    "no participant with the role top-management attended the meeting",
                    "participants", protocol.participants().size());
        }
        if (protocol.participants().stream()
                .noneMatch(p -> p.attendedAs(ParticipantRole.INFORMATION_SECURITY_OFFICER))) {
            context.report(ReviewRule.PROTOCOL_OFFICER_ABSENT, "protocol.participants",
                    "no participant with the role information-security-officer attended the"
                            + " meeting");
        }

        if (protocol.agreedItems().isEmpty()) {
            context.report(ReviewRule.PROTOCOL_AGREED_ITEMS_MISSING, "protocol.agreedItems",
                    "the protocol lists nothing that was agreed");
        }

        checkSignature(context, review, protocol);
    }

    private static void checkSignature(RuleContext context, ReviewCycle review,
            Protocol protocol) {
        if (protocol.signature().isEmpty()) {
            boolean closed = context.stage().isAtLeast(ReviewStage.CLOSED);
            context.report(ReviewRule.PROTOCOL_UNSIGNED,
                    closed ? Severity.ERROR : Severity.WARNING, "protocol.signature",
                    closed
                            ? "the review is closed but its protocol is not signed"
                            : "the protocol is not signed yet; it must be before the review is"
                                    + " closed",
                    "stage", context.stage());
            return;
        }
        Signature signature = protocol.signature().get();

        Optional<Participant> signer = protocol.participants().stream()
                .filter(p -> p.name().equals(signature.signedBy()))
                .findFirst();
        boolean topManagement = signature.role() == ParticipantRole.TOP_MANAGEMENT
                && signer.filter(p -> p.attendedAs(ParticipantRole.TOP_MANAGEMENT)).isPresent();
        if (!topManagement) {
            context.report(ReviewRule.PROTOCOL_SIGNER_NOT_TOP_MANAGEMENT,
                    "protocol.signature.signedBy",
                    "the protocol is signed by '" + signature.signedBy() + "' as "
                            + RuleContext.key(signature.role()) + ", who " + describe(signer)
                            + "; it must be signed by an attending member of top management",
                    "signedBy", signature.signedBy(), "role", signature.role());
        }

        Optional<LocalDate> meeting = protocol.meetingOn().or(review::heldOn);
        if (meeting.isPresent() && signature.signedOn().isBefore(meeting.get())) {
            context.report(ReviewRule.PROTOCOL_SIGNED_BEFORE_MEETING,
                    "protocol.signature.signedOn",
                    "the protocol is signed on " + signature.signedOn()
                            + ", before the meeting on " + meeting.get(),
                    "signedOn", signature.signedOn(), "meetingOn", meeting.get());
        }
    }

    private static String describe(Optional<Participant> signer) {
        if (signer.isEmpty()) {
            return "is not listed among the participants";
        }
        Participant participant = signer.get();
        return "is listed with roles "
                + participant.roles().stream().map(RuleContext::key).toList()
                + " and attendance " + RuleContext.key(participant.attendance());
    }
}
