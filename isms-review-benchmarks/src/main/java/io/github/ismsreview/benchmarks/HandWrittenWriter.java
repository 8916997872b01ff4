package io.github.ismsreview.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.ismsreview.model.Action;
import io.github.ismsreview.model.ActionFollowUp;
import io.github.ismsreview.model.ChangeAssessment;
import io.github.ismsreview.model.Decision;
import io.github.ismsreview.model.Evidence;
import io.github.ismsreview.model.InputEntry;
import io.github.ismsreview.model.Participant;
import io.github.ismsreview.model.Protocol;
import io.github.ismsreview.model.Recommendation;
import io.github.ismsreview.model.Resources;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.Signature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The baseline of JSON writing: a review written with a bare Jackson {@link JsonGenerator}, no
 * {@code ObjectMapper}, in the same canonical form as the library (same properties, order and
 * indentation), so that both produce the same text; the benchmark checks that they do.
 */
final class HandWrittenWriter {

    private final JsonFactory factory = new JsonFactory();

    /** Returns the review as JSON text in the canonical form. */
    String write(ReviewCycle review) {
        StringWriter text = new StringWriter(4096);
        try (JsonGenerator out = factory.createGenerator(text)) {
            out.setPrettyPrinter(prettyPrinter());
            writeReview(out, review);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void writeReview(JsonGenerator out, ReviewCycle review) throws IOException {
        out.writeStartObject();
        out.writeNumberField("formatVersion", 1);
        out.writeStringField("id", review.id());
        out.writeStringField("edition", review.edition().key());
        out.writeStringField("stage", key(review.stage()));
        string(out, "cancellationReason", review.cancellationReason());
        string(out, "organization", review.organization());
        string(out, "ismsScope", review.ismsScope());
        string(out, "description", review.description());
        date(out, "plannedOn", review.plannedOn());
        date(out, "heldOn", review.heldOn());
        if (review.previousReview().isPresent()) {
            out.writeObjectFieldStart("previousReview");
            string(out, "id", review.previousReview().get().id());
            out.writeStringField("heldOn", review.previousReview().get().heldOn().toString());
            out.writeEndObject();
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
                out.writeStartObject();
                out.writeStringField("kind", key(recommendation.kind()));
                string(out, "description", recommendation.description());
                if (recommendation.resources().isPresent()) {
                    writeResources(out, recommendation.resources().get());
                }
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        if (review.assessment().isPresent()) {
            ChangeAssessment assessment = review.assessment().get();
            out.writeObjectFieldStart("assessment");
            string(out, "suitability", assessment.suitability());
            string(out, "improvementOpportunities", assessment.improvementOpportunities());
            string(out, "ismsChanges", assessment.ismsChanges());
            string(out, "securityPolicy", assessment.securityPolicy());
            string(out, "securityObjectives", assessment.securityObjectives());
            out.writeEndObject();
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
        date(out, "nextReviewOn", review.nextReviewOn());
        out.writeEndObject();
    }

    private static void writeInput(JsonGenerator out, InputEntry input) throws IOException {
        out.writeStartObject();
        out.writeStringField("category", input.category());
        out.writeStringField("status", key(input.status()));
        string(out, "summary", input.summary());
        if (!input.evidence().isEmpty()) {
            out.writeArrayFieldStart("evidence");
            for (Evidence evidence : input.evidence()) {
                out.writeStartObject();
                out.writeStringField("title", evidence.title());
                string(out, "reference", evidence.reference());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        string(out, "preparedBy", input.preparedBy());
        string(out, "reason", input.reason());
        if (!input.actionUpdates().isEmpty()) {
            out.writeArrayFieldStart("actionUpdates");
            for (ActionFollowUp update : input.actionUpdates()) {
                out.writeStartObject();
                out.writeStringField("actionId", update.actionId());
                out.writeStringField("status", key(update.status()));
                date(out, "completedOn", update.completedOn());
                string(out, "note", update.note());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private static void writeResources(JsonGenerator out, Resources resources)
            throws IOException {
        out.writeObjectFieldStart("resources");
        if (resources.budget().isPresent()) {
            out.writeObjectFieldStart("budget");
            out.writeStringField("amount", resources.budget().get().amount().toPlainString());
            out.writeStringField("currency",
                    resources.budget().get().currency().getCurrencyCode());
            out.writeEndObject();
        }
        if (resources.effort().isPresent()) {
            out.writeObjectFieldStart("effort");
            out.writeStringField("quantity", resources.effort().get().quantity().toPlainString());
            out.writeStringField("unit", key(resources.effort().get().unit()));
            out.writeEndObject();
        }
        string(out, "note", resources.note());
        out.writeEndObject();
    }

    private static void writeDecision(JsonGenerator out, Decision decision) throws IOException {
        out.writeStartObject();
        string(out, "id", decision.id());
        string(out, "category", decision.category());
        string(out, "classification", decision.classification());
        string(out, "description", decision.description());
        if (!decision.drivers().isEmpty()) {
            keys(out, "drivers", decision.drivers());
        }
        if (decision.resources().isPresent()) {
            writeResources(out, decision.resources().get());
        }
        if (!decision.actions().isEmpty()) {
            out.writeArrayFieldStart("actions");
            for (Action action : decision.actions()) {
                out.writeStartObject();
                string(out, "id", action.id());
                string(out, "description", action.description());
                string(out, "owner", action.owner());
                date(out, "dueOn", action.dueOn());
                out.writeStringField("status", key(action.status()));
                date(out, "completedOn", action.completedOn());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private static void writeProtocol(JsonGenerator out, Protocol protocol) throws IOException {
        out.writeObjectFieldStart("protocol");
        date(out, "meetingOn", protocol.meetingOn());
        if (!protocol.participants().isEmpty()) {
            out.writeArrayFieldStart("participants");
            for (Participant participant : protocol.participants()) {
                out.writeStartObject();
                out.writeStringField("name", participant.name());
                keys(out, "roles", participant.roles());
                string(out, "title", participant.title());
                out.writeStringField("attendance", key(participant.attendance()));
                out.writeEndObject();
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
            Signature signature = protocol.signature().get();
            out.writeObjectFieldStart("signature");
            out.writeStringField("signedBy", signature.signedBy());
            out.writeStringField("role", key(signature.role()));
            out.writeStringField("signedOn", signature.signedOn().toString());
            if (signature.signedAt().isPresent()) {
                out.writeStringField("signedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME
                        .format(signature.signedAt().get()));
            }
            string(out, "contentDigest", signature.contentDigest());
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    private static void string(JsonGenerator out, String name, Optional<String> value)
            throws IOException {
        if (value.isPresent()) {
            out.writeStringField(name, value.get());
        }
    }

    private static void date(JsonGenerator out, String name, Optional<LocalDate> value)
            throws IOException {
        if (value.isPresent()) {
            out.writeStringField(name, value.get().toString());
        }
    }

    private static void keys(JsonGenerator out, String name, Collection<? extends Enum<?>> values)
            throws IOException {
        out.writeArrayFieldStart(name);
        for (Enum<?> value : values) {
            out.writeString(key(value));
        }
        out.writeEndArray();
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
