package io.github.ismsreview.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.json.ReviewJson;
import io.github.ismsreview.model.Action;
import io.github.ismsreview.model.ActionFollowUp;
import io.github.ismsreview.model.ActionStatus;
import io.github.ismsreview.model.Attendance;
import io.github.ismsreview.model.ChangeAssessment;
import io.github.ismsreview.model.ChangeDriver;
import io.github.ismsreview.model.Decision;
import io.github.ismsreview.model.Effort;
import io.github.ismsreview.model.EffortUnit;
import io.github.ismsreview.model.Evidence;
import io.github.ismsreview.model.InputEntry;
import io.github.ismsreview.model.InputStatus;
import io.github.ismsreview.model.Money;
import io.github.ismsreview.model.Participant;
import io.github.ismsreview.model.ParticipantRole;
import io.github.ismsreview.model.PreviousReview;
import io.github.ismsreview.model.Protocol;
import io.github.ismsreview.model.Recommendation;
import io.github.ismsreview.model.RecommendationKind;
import io.github.ismsreview.model.Resources;
import io.github.ismsreview.model.ReviewCycle;
import io.github.ismsreview.model.ReviewStage;
import io.github.ismsreview.model.Signature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.Locale;

/**
 * The baseline of JSON reading: a bare Jackson {@link JsonParser} feeding the model's builders,
 * one {@code switch} on the property name per object.
 *
 * <p>The parser has the library's reading limits and its duplicate-property detection, which
 * are part of what a reader of untrusted documents must do. Everything else the library checks
 * is left out: no required-property or unknown-property errors, no JSON paths in errors, no
 * shape checks before parsing dates and amounts, no count of array elements. It reads documents
 * the library wrote; the benchmark checks that it reads the fixtures to equal reviews.
 */
final class HandWrittenReader {

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(ReviewJson.MAX_NESTING_DEPTH)
                    .maxStringLength(ReviewJson.MAX_STRING_LENGTH)
                    .maxNameLength(ReviewJson.MAX_NAME_LENGTH)
                    .maxNumberLength(ReviewJson.MAX_NUMBER_LENGTH)
                    .maxDocumentLength(ReviewJson.MAX_DOCUMENT_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Reads a review from JSON text the library wrote. */
    ReviewCycle read(String json) {
        try (JsonParser in = factory.createParser(json)) {
            in.nextToken();
            return readReview(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReviewCycle readReview(JsonParser in) throws IOException {
        ReviewCycle.Builder review = ReviewCycle.builder();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            in.nextToken();
            switch (name) {
                case "formatVersion" -> in.getIntValue();
                case "id" -> review.id(in.getText());
                case "edition" -> review.edition(Edition.fromKey(in.getText()));
                case "stage" -> review.stage(constant(ReviewStage.class, in));
                case "cancellationReason" -> review.cancellationReason(in.getText());
                case "organization" -> review.organization(in.getText());
                case "ismsScope" -> review.ismsScope(in.getText());
                case "description" -> review.description(in.getText());
                case "plannedOn" -> review.plannedOn(LocalDate.parse(in.getText()));
                case "heldOn" -> review.heldOn(LocalDate.parse(in.getText()));
                case "previousReview" -> review.previousReview(readPrevious(in));
                case "firstReview" -> review.firstReview(in.getBooleanValue());
                case "inputs" -> {
                    while (in.nextToken() != JsonToken.END_ARRAY) {
                        review.addInput(readInput(in));
                    }
                }
                case "recommendations" -> {
                    while (in.nextToken() != JsonToken.END_ARRAY) {
                        review.addRecommendation(readRecommendation(in));
                    }
                }
                case "assessment" -> review.assessment(readAssessment(in));
                case "decisions" -> {
                    while (in.nextToken() != JsonToken.END_ARRAY) {
                        review.addDecision(readDecision(in));
                    }
                }
                case "protocol" -> review.protocol(readProtocol(in));
                case "nextReviewOn" -> review.nextReviewOn(LocalDate.parse(in.getText()));
                default -> in.skipChildren();
            }
        }
        return review.build();
    }

    private static PreviousReview readPrevious(JsonParser in) throws IOException {
        String id = null;
        LocalDate heldOn = null;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            in.nextToken();
            switch (name) {
                case "id" -> id = in.getText();
                case "heldOn" -> heldOn = LocalDate.parse(in.getText());
                default -> in.skipChildren();
            }
        }
        return id == null ? PreviousReview.heldOn(heldOn) : PreviousReview.of(id, heldOn);
    }

    private static InputEntry readInput(JsonParser in) throws IOException {
        InputEntry.Builder input = InputEntry.builder();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            in.nextToken();
            switch (name) {
                case "category" -> input.category(in.getText());
                case "status" -> input.status(constant(InputStatus.class, in));
                case "summary" -> input.summary(in.getText());
                case "evidence" -> {
                    while (in.nextToken() != JsonToken.END_ARRAY) {
                        input.addEvidence(readEvidence(in));
                    }
                }
                case "preparedBy" -> input.preparedBy(in.getText());
                case "reason" -> input.reason(in.getText());
                case "actionUpdates" -> {
                    while (in.nextToken() != JsonToken.END_ARRAY) {
                        input.addActionUpdate(readActionUpdate(in));
                    }
                }
                default -> in.skipChildren();
            }
        }
        return input.build();
    }

    private static Evidence readEvidence(JsonParser in) throws IOException {
        String title = null;
        String reference = null;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            in.nextToken();
            switch (name) {
                case "title" -> title = in.getText();
                case "reference" -> reference = in.getText();
                default -> in.skipChildren();
            }
        }
        return reference == null ? Evidence.of(title) : Evidence.of(title, reference);
    }

    private static ActionFollowUp readActionUpdate(JsonParser in) throws IOException {
        ActionFollowUp.Builder update = ActionFollowUp.builder();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            in.nextToken();
            switch (name) {
                case "actionId" -> update.actionId(in.getText());
                case "status" -> update.status(constant(ActionStatus.class, in));
                case "completedOn" -> update.completedOn(LocalDate.parse(in.getText()));
                case "note" -> update.note(in.getText());
                default -> in.skipChildren();
            }
        }
        return update.build();
    }

    private static Recommendation readRecommendation(JsonParser in) throws IOException {
        Recommendation.Builder recommendation = Recommendation.builder();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            in.nextToken();
            switch (name) {
                case "kind" -> recommendation.kind(constant(RecommendationKind.class, in));
                case "description" -> recommendation.description(in.getText());
                case "resources" -> recommendation.resources(readResources(in));
                default -> in.skipChildren();
            }
        }
        return recommendation.build();
    }

    private static Resources readResources(JsonParser in) throws IOException {
        Resources.Builder resources = Resources.builder();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            in.nextToken();
            switch (name) {
                case "budget" -> {
                    BigDecimal amount = null;
                    Currency currency = null;
                    while (in.nextToken() == JsonToken.FIELD_NAME) {
                        String part = in.currentName();
                        in.nextToken();
                        if (part.equals("amount")) {
                            amount = new BigDecimal(in.getText());
                        } else {
                            currency = Currency.getInstance(in.getText());
                        }
                    }
                    resources.budget(Money.of(amount, currency));
                }
                case "effort" -> {
                    BigDecimal quantity = null;
                    EffortUnit unit = null;
                    while (in.nextToken() == JsonToken.FIELD_NAME) {
                        String part = in.currentName();
                        in.nextToken();
                        if (part.equals("quantity")) {
                            quantity = new BigDecimal(in.getText());
                        } else {
                            unit = constant(EffortUnit.class, in);
                        }
                    }
                    resources.effort(Effort.of(quantity, unit));
                }
                case "note" -> resources.note(in.getText());
                default -> in.skipChildren();
            }
        }
        return resources.build();
    }

    private static ChangeAssessment readAssessment(JsonParser in) throws IOException {
        ChangeAssessment.Builder assessment = ChangeAssessment.builder();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            in.nextToken();
            switch (name) {
                case "suitability" -> assessment.suitability(in.getText());
                case "improvementOpportunities" ->
                        assessment.improvementOpportunities(in.getText());
                case "ismsChanges" -> assessment.ismsChanges(in.getText());
                case "securityPolicy" -> assessment.securityPolicy(in.getText());
                case "securityObjectives" -> assessment.securityObjectives(in.getText());
                default -> in.skipChildren();
            }
        }
        return assessment.build();
    }

    private static Decision readDecision(JsonParser in) throws IOException {
        Decision.Builder decision = Decision.builder();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            in.nextToken();
            switch (name) {
                case "id" -> decision.id(in.getText());
                case "category" -> decision.category(in.getText());
                case "classification" -> decision.classification(in.getText());
                case "description" -> decision.description(in.getText());
                case "drivers" -> {
                    while (in.nextToken() != JsonToken.END_ARRAY) {
                        decision.addDriver(constant(ChangeDriver.class, in));
                    }
                }
                case "resources" -> decision.resources(readResources(in));
                case "actions" -> {
                    while (in.nextToken() != JsonToken.END_ARRAY) {
                        decision.addAction(readAction(in));
                    }
                }
                default -> in.skipChildren();
            }
        }
        return decision.build();
    }

    private static Action readAction(JsonParser in) throws IOException {
        Action.Builder action = Action.builder();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            in.nextToken();
            switch (name) {
                case "id" -> action.id(in.getText());
                case "description" -> action.description(in.getText());
                case "owner" -> action.owner(in.getText());
                case "dueOn" -> action.dueOn(LocalDate.parse(in.getText()));
                case "status" -> action.status(constant(ActionStatus.class, in));
                case "completedOn" -> action.completedOn(LocalDate.parse(in.getText()));
                default -> in.skipChildren();
            }
        }
        return action.build();
    }

    private static Protocol readProtocol(JsonParser in) throws IOException {
        Protocol.Builder protocol = Protocol.builder();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            in.nextToken();
            switch (name) {
                case "meetingOn" -> protocol.meetingOn(LocalDate.parse(in.getText()));
                case "participants" -> {
                    while (in.nextToken() != JsonToken.END_ARRAY) {
                        protocol.addParticipant(readParticipant(in));
                    }
                }
                case "agreedItems" -> {
                    while (in.nextToken() != JsonToken.END_ARRAY) {
                        protocol.addAgreedItem(in.getText());
                    }
                }
                case "signature" -> protocol.signature(readSignature(in));
                default -> in.skipChildren();
            }
        }
        return protocol.build();
    }

    private static Participant readParticipant(JsonParser in) throws IOException {
        Participant.Builder participant = Participant.builder();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            in.nextToken();
            switch (name) {
                case "name" -> participant.name(in.getText());
                case "roles" -> {
                    while (in.nextToken() != JsonToken.END_ARRAY) {
                        participant.addRole(constant(ParticipantRole.class, in));
                    }
                }
                case "title" -> participant.title(in.getText());
                case "attendance" -> participant.attendance(constant(Attendance.class, in));
                default -> in.skipChildren();
            }
        }
        return participant.build();
    }

    private static Signature readSignature(JsonParser in) throws IOException {
        Signature.Builder signature = Signature.builder();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            in.nextToken();
            switch (name) {
                case "signedBy" -> signature.signedBy(in.getText());
                case "role" -> signature.role(constant(ParticipantRole.class, in));
                case "signedOn" -> signature.signedOn(LocalDate.parse(in.getText()));
                case "signedAt" -> signature.signedAt(OffsetDateTime.parse(in.getText()));
                case "contentDigest" -> signature.contentDigest(in.getText());
                default -> in.skipChildren();
            }
        }
        return signature.build();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonParser in)
            throws IOException {
        return Enum.valueOf(type, in.getText().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
