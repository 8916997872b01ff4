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
                    context.message("protocol.missing", "stage", context.stage()),
                    "stage", context.stage());
            return;
        }
        Protocol protocol = review.protocol().get();

        if (protocol.meetingOn().isEmpty()) {
            context.report(ReviewRule.PROTOCOL_DATE_MISSING, "protocol.meetingOn",
                    context.message("protocol.date-missing"));
        } else if (review.heldOn().isPresent()
                && !protocol.meetingOn().get().equals(review.heldOn().get())) {
            context.report(ReviewRule.PROTOCOL_DATE_MISMATCH, "protocol.meetingOn",
                    context.message("protocol.date-mismatch",
                            "meetingOn", protocol.meetingOn().get(),
                            "heldOn", review.heldOn().get()),
                    "meetingOn", protocol.meetingOn().get(), "heldOn", review.heldOn().get());
        }

        if (protocol.participants().stream()
                .noneMatch(p -> p.attendedAs(ParticipantRole.TOP_MANAGEMENT))) {
            context.report(ReviewRule.PROTOCOL_TOP_MANAGEMENT_ABSENT, "protocol.participants",
                    context.message("protocol.top-management-absent"),
                    "participants", protocol.participants().size());
        }
        if (protocol.participants().stream()
                .noneMatch(p -> p.attendedAs(ParticipantRole.INFORMATION_SECURITY_OFFICER))) {
            context.report(ReviewRule.PROTOCOL_OFFICER_ABSENT, "protocol.participants",
                    context.message("protocol.officer-absent"));
        }

        if (protocol.agreedItems().isEmpty()) {
            context.report(ReviewRule.PROTOCOL_AGREED_ITEMS_MISSING, "protocol.agreedItems",
                    context.message("protocol.agreed-items-missing"));
        }

        checkSignature(context, review, protocol);
    }

    private static void checkSignature(RuleContext context, ReviewCycle review,
            Protocol protocol) {
        if (protocol.signature().isEmpty()) {
            boolean closed = context.stage().isAtLeast(ReviewStage.CLOSED);
            context.report(ReviewRule.PROTOCOL_UNSIGNED,
                    closed ? Severity.ERROR : Severity.WARNING, "protocol.signature",
                    context.message(closed ? "protocol.unsigned.closed"
                            : "protocol.unsigned.held"),
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
                    signerMessage(context, signature, signer),
                    "signedBy", signature.signedBy(), "role", signature.role());
        }

        Optional<LocalDate> meeting = protocol.meetingOn().or(review::heldOn);
        if (meeting.isPresent() && signature.signedOn().isBefore(meeting.get())) {
            context.report(ReviewRule.PROTOCOL_SIGNED_BEFORE_MEETING,
                    "protocol.signature.signedOn",
                    context.message("protocol.signed-before-meeting",
                            "signedOn", signature.signedOn(), "meetingOn", meeting.get()),
                    "signedOn", signature.signedOn(), "meetingOn", meeting.get());
        }
    }

    /** Returns the message on a signer who is not top management, saying how they are listed. */
    private static String signerMessage(RuleContext context, Signature signature,
            Optional<Participant> signer) {
        if (signer.isEmpty()) {
            return context.message("protocol.signer-not-top-management.unlisted",
                    "signedBy", signature.signedBy(), "role", signature.role());
        }
        Participant participant = signer.get();
        return context.message("protocol.signer-not-top-management.listed",
                "signedBy", signature.signedBy(), "role", signature.role(),
                "roles", participant.roles().stream().map(RuleContext::key).toList(),
                "attendance", participant.attendance());
    }
}
