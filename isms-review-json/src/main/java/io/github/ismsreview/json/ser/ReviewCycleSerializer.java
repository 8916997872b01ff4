package io.github.ismsreview.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.json.EnumKeys;
import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.model.Action;
import io.github.ismsreview.model.ActionFollowUp;
import io.github.ismsreview.model.ChangeAssessment;
import io.github.ismsreview.model.Decision;
import io.github.ismsreview.model.Effort;
import io.github.ismsreview.model.Evidence;
import io.github.ismsreview.model.InputEntry;
import io.github.ismsreview.model.Money;
import io.github.ismsreview.model.Participant;
import io.github.ismsreview.model.PreviousReview;
import io.github.ismsreview.model.Protocol;
import io.github.ismsreview.model.Recommendation;
import io.github.ismsreview.model.Resources;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.Signature;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Optional;

/**
 * Writes a {@link ReviewCycle} in the isms-review JSON format, version 1, with the streaming
 * {@link JsonGenerator}.
 *
 * <p>Properties come in the order of the format reference. Absent optional values and empty
 * lists are left out; {@code formatVersion}, {@code id}, {@code edition} and {@code stage} are
 * always written, {@code firstReview} only when true, the {@code status} of an action and of an
 * action update, and a participant's {@code roles} and {@code attendance} always. Amounts and
 * effort quantities are strings in plain decimal notation, dates ISO-8601 calendar dates and the
 * moment of a signature an ISO-8601 date-time with its offset as given. Enum values are written
 * by {@link EnumKeys}.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class ReviewCycleSerializer extends StdSerializer<ReviewCycle> {

    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public ReviewCycleSerializer() {
        super(ReviewCycle.class);
    }

    /**
     * Writes the review as one JSON object.
     *
     * @throws IOException if the generator cannot write
     */
    @Override
    public void serialize(ReviewCycle review, JsonGenerator out, SerializerProvider provider)
            throws IOException {
        out.writeStartObject();
        out.writeNumberField("formatVersion", ReviewJson.FORMAT_VERSION);
        out.writeStringField("id", review.id());
        out.writeStringField("edition", review.edition().key());
        if (!review.alsoCovers().isEmpty()) {
            out.writeArrayFieldStart("alsoCovers");
            for (Edition covered : review.alsoCovers()) {
                out.writeString(covered.key());
            }
            out.writeEndArray();
        }
        out.writeStringField("stage", EnumKeys.key(review.stage()));
        writeString(out, "cancellationReason", review.cancellationReason());
        writeString(out, "organization", review.organization());
        writeString(out, "ismsScope", review.ismsScope());
        writeString(out, "description", review.description());
        writeDate(out, "plannedOn", review.plannedOn());
        writeDate(out, "heldOn", review.heldOn());
        if (review.previousReview().isPresent()) {
            writePreviousReview(out, review.previousReview().get());
        }
        if (review.firstReview()) {
            out.writeBooleanField("firstReview", true);
        }
        if (!review.inputs().isEmpty()) {
            out.writeArrayFieldStart("inputs");
            for (InputEntry input : review.inputs()) {
                writeInput(out, input);
            }
            out.writeEndArray();
        }
        if (!review.recommendations().isEmpty()) {
            out.writeArrayFieldStart("recommendations");
            for (Recommendation recommendation : review.recommendations()) {
                writeRecommendation(out, recommendation);
            }
            out.writeEndArray();
        }
        if (review.assessment().isPresent()) {
            writeAssessment(out, review.assessment().get());
        }
        if (!review.decisions().isEmpty()) {
            out.writeArrayFieldStart("decisions");
            for (Decision decision : review.decisions()) {
                writeDecision(out, decision);
            }
            out.writeEndArray();
        }
        if (review.protocol().isPresent()) {
            writeProtocol(out, review.protocol().get());
        }
        writeDate(out, "nextReviewOn", review.nextReviewOn());
        out.writeEndObject();
    }

    private static void writePreviousReview(JsonGenerator out, PreviousReview previous)
            throws IOException {
        out.writeObjectFieldStart("previousReview");
        writeString(out, "id", previous.id());
        out.writeStringField("heldOn", format(previous.heldOn()));
        out.writeEndObject();
    }

    private static void writeInput(JsonGenerator out, InputEntry input) throws IOException {
        out.writeStartObject();
        out.writeStringField("category", input.category());
        out.writeStringField("status", EnumKeys.key(input.status()));
        writeString(out, "summary", input.summary());
        if (!input.evidence().isEmpty()) {
            out.writeArrayFieldStart("evidence");
            for (Evidence evidence : input.evidence()) {
                out.writeStartObject();
                out.writeStringField("title", evidence.title());
                writeString(out, "reference", evidence.reference());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        writeString(out, "preparedBy", input.preparedBy());
        writeString(out, "reason", input.reason());
        if (!input.actionUpdates().isEmpty()) {
            out.writeArrayFieldStart("actionUpdates");
            for (ActionFollowUp update : input.actionUpdates()) {
                out.writeStartObject();
                out.writeStringField("actionId", update.actionId());
                out.writeStringField("status", EnumKeys.key(update.status()));
                writeDate(out, "completedOn", update.completedOn());
                writeString(out, "note", update.note());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private static void writeRecommendation(JsonGenerator out, Recommendation recommendation)
            throws IOException {
        out.writeStartObject();
        out.writeStringField("kind", EnumKeys.key(recommendation.kind()));
        writeString(out, "description", recommendation.description());
        if (recommendation.resources().isPresent()) {
            writeResources(out, recommendation.resources().get());
        }
        out.writeEndObject();
    }

    private static void writeResources(JsonGenerator out, Resources resources)
            throws IOException {
        out.writeObjectFieldStart("resources");
        if (resources.budget().isPresent()) {
            Money budget = resources.budget().get();
            out.writeObjectFieldStart("budget");
            out.writeStringField("amount", budget.amount().toPlainString());
            out.writeStringField("currency", budget.currency().getCurrencyCode());
            out.writeEndObject();
        }
        if (resources.effort().isPresent()) {
            Effort effort = resources.effort().get();
            out.writeObjectFieldStart("effort");
            out.writeStringField("quantity", effort.quantity().toPlainString());
            out.writeStringField("unit", EnumKeys.key(effort.unit()));
            out.writeEndObject();
        }
        writeString(out, "note", resources.note());
        out.writeEndObject();
    }

    private static void writeAssessment(JsonGenerator out, ChangeAssessment assessment)
            throws IOException {
        out.writeObjectFieldStart("assessment");
        writeString(out, "suitability", assessment.suitability());
        writeString(out, "improvementOpportunities", assessment.improvementOpportunities());
        writeString(out, "ismsChanges", assessment.ismsChanges());
        writeString(out, "securityPolicy", assessment.securityPolicy());
        writeString(out, "securityObjectives", assessment.securityObjectives());
        out.writeEndObject();
    }

    private static void writeDecision(JsonGenerator out, Decision decision) throws IOException {
        out.writeStartObject();
        writeString(out, "id", decision.id());
        writeString(out, "category", decision.category());
        writeString(out, "classification", decision.classification());
        writeString(out, "description", decision.description());
        if (!decision.drivers().isEmpty()) {
            writeKeys(out, "drivers", decision.drivers());
        }
        if (decision.resources().isPresent()) {
            writeResources(out, decision.resources().get());
        }
        if (!decision.actions().isEmpty()) {
            out.writeArrayFieldStart("actions");
            for (Action action : decision.actions()) {
                writeAction(out, action);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private static void writeAction(JsonGenerator out, Action action) throws IOException {
        out.writeStartObject();
        writeString(out, "id", action.id());
        writeString(out, "description", action.description());
        writeString(out, "owner", action.owner());
        writeDate(out, "dueOn", action.dueOn());
        out.writeStringField("status", EnumKeys.key(action.status()));
        writeDate(out, "completedOn", action.completedOn());
        out.writeEndObject();
    }

    private static void writeProtocol(JsonGenerator out, Protocol protocol) throws IOException {
        out.writeObjectFieldStart("protocol");
        writeDate(out, "meetingOn", protocol.meetingOn());
        if (!protocol.participants().isEmpty()) {
            out.writeArrayFieldStart("participants");
            for (Participant participant : protocol.participants()) {
                writeParticipant(out, participant);
            }
            out.writeEndArray();
        }
        if (!protocol.agreedItems().isEmpty()) {
            out.writeArrayFieldStart("agreedItems");
            for (String item : protocol.agreedItems()) {
                out.writeString(item);
            }
            out.writeEndArray();
        }
        if (protocol.signature().isPresent()) {
            writeSignature(out, protocol.signature().get());
        }
        out.writeEndObject();
    }

    private static void writeParticipant(JsonGenerator out, Participant participant)
            throws IOException {
        out.writeStartObject();
        out.writeStringField("name", participant.name());
        // Roles are required by the format, so an empty set of a draft is written as [].
        writeKeys(out, "roles", participant.roles());
        writeString(out, "title", participant.title());
        out.writeStringField("attendance", EnumKeys.key(participant.attendance()));
        out.writeEndObject();
    }

    private static void writeSignature(JsonGenerator out, Signature signature)
            throws IOException {
        out.writeObjectFieldStart("signature");
        out.writeStringField("signedBy", signature.signedBy());
        out.writeStringField("role", EnumKeys.key(signature.role()));
        out.writeStringField("signedOn", format(signature.signedOn()));
        if (signature.signedAt().isPresent()) {
            out.writeStringField("signedAt", format(signature.signedAt().get()));
        }
        writeString(out, "contentDigest", signature.contentDigest());
        out.writeEndObject();
    }

    private static void writeString(JsonGenerator out, String name, Optional<String> value)
            throws IOException {
        if (value.isPresent()) {
            out.writeStringField(name, value.get());
        }
    }

    private static void writeDate(JsonGenerator out, String name, Optional<LocalDate> value)
            throws IOException {
        if (value.isPresent()) {
            out.writeStringField(name, format(value.get()));
        }
    }

    private static void writeKeys(JsonGenerator out, String name,
            Collection<? extends Enum<?>> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (Enum<?> value : values) {
            out.writeString(EnumKeys.key(value));
        }
        out.writeEndArray();
    }

    private static String format(LocalDate date) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    private static String format(OffsetDateTime dateTime) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
    }
}
