package io.github.ismsreview.json.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.json.EnumKeys;
import io.github.ismsreview.json.ReviewFormatException;
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
import java.io.CharConversionException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Currency;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one review from a {@link JsonParser}, token by token, and turns every problem into a
 * {@link ReviewFormatException} with the JSON path and the position of the offending token.
 *
 * <p>An unknown property met before {@code formatVersion} is not reported at once: the reader
 * skips it and keeps the error, so that a document of a later format version is refused for its
 * version rather than for a property this version does not know. Any other problem ends the
 * reading; the first problem in document order is the one reported.
 *
 * <p>A reader reads one document and is not thread-safe.
 */
final class ReviewReader {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern DIGEST_SHAPE = Pattern.compile("sha-256:[0-9a-f]{64}");
    private static final int DIGEST_LENGTH = 72;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern SOURCE_IN_MESSAGE =
            Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern SETTING_IN_MESSAGE = Pattern.compile(", from `[^`]*`");
    private static final int MAX_DATE_LENGTH = 40;
    private static final int MAX_SHOWN_LENGTH = 60;

    private static final String DATE = "a date as YYYY-MM-DD";
    private static final String DATE_TIME =
            "a date-time with an offset as YYYY-MM-DDThh:mm:ss+hh:mm";
    private static final String DIGEST =
            "a digest as sha-256: followed by 64 lower-case hexadecimal digits";
    private static final String DECIMAL_STRING =
            "a plain decimal number as a string, such as \"1250.50\"";

    private static final ObjectSchema<ReviewCycle.Builder> REVIEW = ObjectSchema
            .<ReviewCycle.Builder>describing("a review")
            .required("formatVersion", (r, b) -> r.readFormatVersion())
            .required("id", (r, b) -> b.id(r.readString()))
            .required("edition", (r, b) -> b.edition(r.readPrimaryEdition()))
            .optional("alsoCovers", (r, b) -> r.readAlsoCovers(b))
            .optional("stage", (r, b) -> b.stage(r.readEnum(ReviewStage.class)))
            .optional("cancellationReason", (r, b) -> b.cancellationReason(r.readString()))
            .optional("organization", (r, b) -> b.organization(r.readString()))
            .optional("ismsScope", (r, b) -> b.ismsScope(r.readString()))
            .optional("description", (r, b) -> b.description(r.readString()))
            .optional("plannedOn", (r, b) -> b.plannedOn(r.readDate()))
            .optional("heldOn", (r, b) -> b.heldOn(r.readDate()))
            .optional("previousReview", (r, b) -> b.previousReview(r.readPreviousReview()))
            .optional("firstReview", (r, b) -> b.firstReview(r.readBoolean()))
            .optional("inputs", (r, b) -> r.readArray(() -> b.addInput(r.readInput())))
            .optional("recommendations",
                    (r, b) -> r.readArray(() -> b.addRecommendation(r.readRecommendation())))
            .optional("assessment", (r, b) -> b.assessment(r.readAssessment()))
            .optional("decisions", (r, b) -> r.readArray(() -> b.addDecision(r.readDecision())))
            .optional("protocol", (r, b) -> b.protocol(r.readProtocol()))
            .optional("nextReviewOn", (r, b) -> b.nextReviewOn(r.readDate()))
            .build();

    private static final ObjectSchema<PreviousReviewParts> PREVIOUS_REVIEW = ObjectSchema
            .<PreviousReviewParts>describing("a previous review")
            .optional("id", (r, p) -> p.id = r.readString())
            .required("heldOn", (r, p) -> p.heldOn = r.readDate())
            .build();

    private static final ObjectSchema<InputEntry.Builder> INPUT = ObjectSchema
            .<InputEntry.Builder>describing("an input")
            .required("category", (r, b) -> b.category(r.readString()))
            .required("status", (r, b) -> b.status(r.readEnum(InputStatus.class)))
            .optional("summary", (r, b) -> b.summary(r.readString()))
            .optional("evidence", (r, b) -> r.readArray(() -> b.addEvidence(r.readEvidence())))
            .optional("preparedBy", (r, b) -> b.preparedBy(r.readString()))
            .optional("reason", (r, b) -> b.reason(r.readString()))
            .optional("actionUpdates",
                    (r, b) -> r.readArray(() -> b.addActionUpdate(r.readActionUpdate())))
            .build();

    private static final ObjectSchema<ActionFollowUp.Builder> ACTION_UPDATE = ObjectSchema
            .<ActionFollowUp.Builder>describing("an action update")
            .required("actionId", (r, b) -> b.actionId(r.readString()))
            .required("status", (r, b) -> b.status(r.readEnum(ActionStatus.class)))
            .optional("completedOn", (r, b) -> b.completedOn(r.readDate()))
            .optional("note", (r, b) -> b.note(r.readString()))
            .build();

    private static final ObjectSchema<EvidenceParts> EVIDENCE = ObjectSchema
            .<EvidenceParts>describing("evidence")
            .required("title", (r, p) -> p.title = r.readString())
            .optional("reference", (r, p) -> p.reference = r.readString())
            .build();

    private static final ObjectSchema<Recommendation.Builder> RECOMMENDATION = ObjectSchema
            .<Recommendation.Builder>describing("a recommendation")
            .required("kind", (r, b) -> b.kind(r.readEnum(RecommendationKind.class)))
            .optional("description", (r, b) -> b.description(r.readString()))
            .optional("resources", (r, b) -> b.resources(r.readResources()))
            .build();

    private static final ObjectSchema<Resources.Builder> RESOURCES = ObjectSchema
            .<Resources.Builder>describing("resources")
            .optional("budget", (r, b) -> b.budget(r.readBudget()))
            .optional("effort", (r, b) -> b.effort(r.readEffort()))
            .optional("note", (r, b) -> b.note(r.readString()))
            .build();

    private static final ObjectSchema<MoneyParts> BUDGET = ObjectSchema
            .<MoneyParts>describing("a budget")
            .required("amount", (r, p) -> p.amount = r.readDecimal())
            .required("currency", (r, p) -> p.currency = r.readCurrency())
            .build();

    private static final ObjectSchema<EffortParts> EFFORT = ObjectSchema
            .<EffortParts>describing("an effort")
            .required("quantity", (r, p) -> p.quantity = r.readDecimal())
            .required("unit", (r, p) -> p.unit = r.readEnum(EffortUnit.class))
            .build();

    private static final ObjectSchema<ChangeAssessment.Builder> ASSESSMENT = ObjectSchema
            .<ChangeAssessment.Builder>describing("an assessment")
            .optional("suitability", (r, b) -> b.suitability(r.readString()))
            .optional("improvementOpportunities",
                    (r, b) -> b.improvementOpportunities(r.readString()))
            .optional("ismsChanges", (r, b) -> b.ismsChanges(r.readString()))
            .optional("securityPolicy", (r, b) -> b.securityPolicy(r.readString()))
            .optional("securityObjectives", (r, b) -> b.securityObjectives(r.readString()))
            .build();

    private static final ObjectSchema<Decision.Builder> DECISION = ObjectSchema
            .<Decision.Builder>describing("a decision")
            .optional("id", (r, b) -> b.id(r.readString()))
            .optional("category", (r, b) -> b.category(r.readString()))
            .optional("classification", (r, b) -> b.classification(r.readString()))
            .optional("description", (r, b) -> b.description(r.readString()))
            .optional("drivers", (r, b) -> r.readEnumSet(ChangeDriver.class, b::addDriver))
            .optional("resources", (r, b) -> b.resources(r.readResources()))
            .optional("actions", (r, b) -> r.readArray(() -> b.addAction(r.readAction())))
            .build();

    private static final ObjectSchema<Action.Builder> ACTION = ObjectSchema
            .<Action.Builder>describing("an action")
            .optional("id", (r, b) -> b.id(r.readString()))
            .optional("description", (r, b) -> b.description(r.readString()))
            .optional("owner", (r, b) -> b.owner(r.readString()))
            .optional("dueOn", (r, b) -> b.dueOn(r.readDate()))
            .optional("status", (r, b) -> b.status(r.readEnum(ActionStatus.class)))
            .optional("completedOn", (r, b) -> b.completedOn(r.readDate()))
            .build();

    private static final ObjectSchema<Protocol.Builder> PROTOCOL = ObjectSchema
            .<Protocol.Builder>describing("a protocol")
            .optional("meetingOn", (r, b) -> b.meetingOn(r.readDate()))
            .optional("participants",
                    (r, b) -> r.readArray(() -> b.addParticipant(r.readParticipant())))
            .optional("agreedItems", (r, b) -> r.readArray(() -> b.addAgreedItem(r.readString())))
            .optional("signature", (r, b) -> b.signature(r.readSignature()))
            .build();

    private static final ObjectSchema<Participant.Builder> PARTICIPANT = ObjectSchema
            .<Participant.Builder>describing("a participant")
            .required("name", (r, b) -> b.name(r.readString()))
            .required("roles", (r, b) -> r.readEnumSet(ParticipantRole.class, b::addRole))
            .optional("title", (r, b) -> b.title(r.readString()))
            .optional("attendance", (r, b) -> b.attendance(r.readEnum(Attendance.class)))
            .build();

    private static final ObjectSchema<Signature.Builder> SIGNATURE = ObjectSchema
            .<Signature.Builder>describing("a signature")
            .required("signedBy", (r, b) -> b.signedBy(r.readString()))
            .required("role", (r, b) -> b.role(r.readEnum(ParticipantRole.class)))
            .required("signedOn", (r, b) -> b.signedOn(r.readDate()))
            .optional("signedAt", (r, b) -> b.signedAt(r.readDateTime()))
            .optional("contentDigest", (r, b) -> b.contentDigest(r.readDigest()))
            .build();

    private final JsonParser parser;
    private int elements;
    private boolean versionKnown;
    private @Nullable ReviewFormatException deferred;
    private @Nullable Edition primary;
    private final Map<Edition, ReviewFormatException> coveredBeforePrimary = new HashMap<>();

    /** Creates a reader of one document from the parser. */
    ReviewReader(JsonParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /**
     * Reads a whole document: one review and nothing after it, the parser standing before the
     * first token or on it.
     */
    ReviewCycle readDocument() throws IOException {
        return translatingFailures(() -> {
            if (parser.currentToken() == null && parser.nextToken() == null) {
                throw fail(mismatch("a review object"));
            }
            ReviewCycle review = readReviewObject();
            if (parser.nextToken() != null) {
                throw fail(mismatch("the end of the document"));
            }
            return review;
        });
    }

    /**
     * Reads the review whose first token the parser stands on, leaving the parser on its last
     * token; what follows the review is the caller's concern.
     */
    ReviewCycle readReview() throws IOException {
        return translatingFailures(this::readReviewObject);
    }

    /**
     * Reads the next review of a document that is an array of reviews, or returns empty after
     * the array's end, when nothing but white space may follow; the parser stands before the
     * document or on the last token of the review read before.
     */
    Optional<ReviewCycle> readArrayElement() throws IOException {
        return translatingFailures(() -> {
            if (parser.currentToken() == null && parser.nextToken() != JsonToken.START_ARRAY) {
                throw fail(mismatch("an array of reviews"));
            }
            if (parser.nextToken() != JsonToken.END_ARRAY) {
                return Optional.of(readReviewObject());
            }
            if (parser.nextToken() != null) {
                throw fail(mismatch("the end of the document"));
            }
            return Optional.empty();
        });
    }

    /** Returns the exception for a review that is JSON {@code null}. */
    static ReviewFormatException nullReview(JsonParser parser) {
        return new ReviewReader(parser).mismatch("a review object");
    }

    private ReviewCycle readReviewObject() throws IOException {
        primary = null;
        coveredBeforePrimary.clear();
        ReviewCycle.Builder review = ReviewCycle.builder();
        readObject(REVIEW, review);
        if (deferred != null) {
            throw deferred;
        }
        // alsoCovers may come before edition; an element naming the primary edition is refused
        // where it stands.
        ReviewFormatException primaryCovered =
                primary == null ? null : coveredBeforePrimary.get(primary);
        if (primaryCovered != null) {
            throw fail(primaryCovered);
        }
        return build(review::build);
    }

    private void readFormatVersion() throws IOException {
        String expected = "format version " + ReviewJson.FORMAT_VERSION;
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw fail(mismatch(expected + " as a JSON integer"));
        }

        // The text of the number is compared, never its value: no arithmetic on huge numbers.
        String version = parser.getText();
        if (version.equals(Integer.toString(ReviewJson.FORMAT_VERSION))) {
            versionKnown = true;
            if (deferred != null) {
                throw deferred;
            }
            return;
        }
        if (version.startsWith("-") || version.equals("0")) {
            throw fail(mismatch(expected));
        }
        JsonLocation at = parser.currentTokenLocation();
        String shown = shorten(version);
        throw new ReviewFormatException(path(), at.getLineNr(), at.getColumnNr(), expected, shown,
                "this document has format version " + shown + "; this library reads format"
                        + " version " + ReviewJson.FORMAT_VERSION + " only");
    }

    private PreviousReview readPreviousReview() throws IOException {
        PreviousReviewParts parts = readObject(PREVIOUS_REVIEW, new PreviousReviewParts());
        LocalDate heldOn = Objects.requireNonNull(parts.heldOn, "heldOn");
        String id = parts.id;
        return build(() -> id == null
                ? PreviousReview.heldOn(heldOn)
                : PreviousReview.of(id, heldOn));
    }

    private InputEntry readInput() throws IOException {
        return build(readObject(INPUT, InputEntry.builder())::build);
    }

    private ActionFollowUp readActionUpdate() throws IOException {
        return build(readObject(ACTION_UPDATE, ActionFollowUp.builder())::build);
    }

    private Evidence readEvidence() throws IOException {
        EvidenceParts parts = readObject(EVIDENCE, new EvidenceParts());
        String title = Objects.requireNonNull(parts.title, "title");
        String reference = parts.reference;
        return build(() -> reference == null
                ? Evidence.of(title)
                : Evidence.of(title, reference));
    }

    private Recommendation readRecommendation() throws IOException {
        return build(readObject(RECOMMENDATION, Recommendation.builder())::build);
    }

    private Resources readResources() throws IOException {
        return build(readObject(RESOURCES, Resources.builder())::build);
    }

    private Money readBudget() throws IOException {
        MoneyParts parts = readObject(BUDGET, new MoneyParts());
        BigDecimal amount = Objects.requireNonNull(parts.amount, "amount");
        Currency currency = Objects.requireNonNull(parts.currency, "currency");
        return build(() -> Money.of(amount, currency));
    }

    private Effort readEffort() throws IOException {
        EffortParts parts = readObject(EFFORT, new EffortParts());
        BigDecimal quantity = Objects.requireNonNull(parts.quantity, "quantity");
        EffortUnit unit = Objects.requireNonNull(parts.unit, "unit");
        return build(() -> Effort.of(quantity, unit));
    }

    private ChangeAssessment readAssessment() throws IOException {
        return build(readObject(ASSESSMENT, ChangeAssessment.builder())::build);
    }

    private Decision readDecision() throws IOException {
        return build(readObject(DECISION, Decision.builder())::build);
    }

    private Action readAction() throws IOException {
        return build(readObject(ACTION, Action.builder())::build);
    }

    private Protocol readProtocol() throws IOException {
        return build(readObject(PROTOCOL, Protocol.builder())::build);
    }

    private Participant readParticipant() throws IOException {
        return build(readObject(PARTICIPANT, Participant.builder())::build);
    }

    private Signature readSignature() throws IOException {
        return build(readObject(SIGNATURE, Signature.builder())::build);
    }

    private <T> T readObject(ObjectSchema<T> schema, T target) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw fail(mismatch(schema.description() + " object"));
        }

        // Known properties are marked by their position in a bit mask: no set per object.
        long seen = 0;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            int index = schema.index(name);
            if (index < 0) {
                skipUnknown(schema, name);
                continue;
            }
            long bit = 1L << index;
            if ((seen & bit) != 0) {
                throw fail(duplicate(name, parser.currentTokenLocation()));
            }
            seen |= bit;
            parser.nextToken();
            schema.reader(index).read(this, target);
        }
        if (token != JsonToken.END_OBJECT) {
            throw fail(mismatch("a property name or the end of the object"));
        }

        if ((seen & schema.requiredMask()) != schema.requiredMask()) {
            for (String name : schema.required()) {
                if ((seen & (1L << schema.index(name))) == 0) {
                    JsonLocation at = parser.currentTokenLocation();
                    throw fail(new ReviewFormatException(path() + member(name),
                            at.getLineNr(), at.getColumnNr(),
                            "the required property \"" + name + "\"", "the end of the object"));
                }
            }
        }
        return target;
    }

    private void skipUnknown(ObjectSchema<?> schema, String name) throws IOException {
        ReviewFormatException unknown = error(schema.expectedProperty(), quote(name));
        if (versionKnown) {
            throw fail(unknown);
        }
        if (deferred == null) {
            deferred = unknown;
        }
        parser.nextToken();
        parser.skipChildren();
    }

    private void readArray(ElementReader element) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw fail(mismatch("an array"));
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            elements++;
            if (elements > ReviewJson.MAX_ELEMENTS) {
                throw fail(error("at most " + ReviewJson.MAX_ELEMENTS
                        + " array elements in a document", "element " + elements));
            }
            element.read();
        }
    }

    private <E extends Enum<E>> void readEnumSet(Class<E> type, Consumer<E> add)
            throws IOException {
        Set<E> seen = EnumSet.noneOf(type);
        readArray(() -> {
            E value = readEnum(type);
            if (!seen.add(value)) {
                throw fail(mismatch("a value not listed before in this array"));
            }
            add.accept(value);
        });
    }

    private String readString() throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw fail(mismatch("a string"));
        }
        return parser.getText();
    }

    private boolean readBoolean() throws IOException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw fail(mismatch("true or false"));
        }
        return token == JsonToken.VALUE_TRUE;
    }

    private LocalDate readDate() throws IOException {
        String text = readText(DATE, MAX_DATE_LENGTH);
        if (!hasDateShape(text, 0) || text.length() != 10) {
            throw fail(mismatch(DATE));
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw fail(mismatch(DATE));
        }
    }

    private OffsetDateTime readDateTime() throws IOException {
        String text = readText(DATE_TIME, MAX_DATE_LENGTH + 40);
        if (!hasDateShape(text, 0) || text.length() < 11 || text.charAt(10) != 'T') {
            throw fail(mismatch(DATE_TIME));
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw fail(mismatch(DATE_TIME));
        }
    }

    private String readDigest() throws IOException {
        String text = readText(DIGEST, DIGEST_LENGTH);
        if (!DIGEST_SHAPE.matcher(text).matches()) {
            throw fail(mismatch(DIGEST));
        }
        return text;
    }

    /**
     * Checks whether the text has the shape {@code YYYY-MM-DD} from the offset on: four digits,
     * a hyphen, two digits, a hyphen, two digits (a character check, cheaper than a pattern).
     */
    private static boolean hasDateShape(String text, int offset) {
        if (text.length() < offset + 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(offset + i);
            boolean ok = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private <E extends Enum<E>> E readEnum(Class<E> type) throws IOException {
        E value = parser.currentToken() == JsonToken.VALUE_STRING
                ? EnumKeys.find(type, parser.getText()).orElse(null)
                : null;
        if (value == null) {
            throw fail(mismatch("one of " + String.join(", ", EnumKeys.keys(type))));
        }
        return value;
    }

    private Edition readPrimaryEdition() throws IOException {
        primary = readEdition();
        return primary;
    }

    private void readAlsoCovers(ReviewCycle.Builder review) throws IOException {
        Set<Edition> seen = new HashSet<>();
        readArray(() -> {
            Edition edition = readEdition();
            if (!seen.add(edition)) {
                throw fail(mismatch("an edition not listed before in this array"));
            }
            ReviewFormatException isPrimary =
                    mismatch("an edition other than the review's own edition");
            if (edition == primary) {
                throw fail(isPrimary);
            }
            coveredBeforePrimary.put(edition, isPrimary);
            review.addAlsoCover(edition);
        });
    }

    private Edition readEdition() throws IOException {
        Edition edition = parser.currentToken() == JsonToken.VALUE_STRING
                ? Edition.findByKey(parser.getText()).orElse(null)
                : null;
        if (edition == null) {
            throw fail(mismatch("one of the editions " + String.join(", ", Edition.knownKeys())));
        }
        return edition;
    }

    private BigDecimal readDecimal() throws IOException {
        // Length and pattern are checked first: new BigDecimal("1e1000000000") would succeed and
        // every later arithmetic on it would take forever.
        String text = readText(DECIMAL_STRING, ReviewJson.MAX_DECIMAL_LENGTH);
        if (!DECIMAL.matcher(text).matches()) {
            throw fail(mismatch(DECIMAL_STRING));
        }
        return new BigDecimal(text);
    }

    private Currency readCurrency() throws IOException {
        String expected = "an ISO 4217 currency code such as \"EUR\"";
        String code = readText(expected, 3);
        if (!CURRENCY_CODE.matcher(code).matches()) {
            throw fail(mismatch(expected));
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw fail(mismatch(expected));
        }
    }

    private String readText(String expected, int maxLength) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw fail(mismatch(expected));
        }
        String text = parser.getText();
        if (text.length() > maxLength) {
            throw fail(mismatch(expected));
        }
        return text;
    }

    private <T> T build(Supplier<T> builder) {
        try {
            return builder.get();
        } catch (RuntimeException e) {
            // Unreachable while every required property is checked; kept so that a builder's
            // exception can never escape the reader.
            ReviewFormatException error = mismatch("a complete object");
            error.initCause(e);
            throw fail(error);
        }
    }

    private <T> T translatingFailures(Reading<T> reading) throws IOException {
        try {
            return reading.read();
        } catch (ReviewFormatException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw fail(translate(e));
        } catch (CharConversionException e) {
            throw fail(malformed(parser.currentLocation(), clean(e.getMessage()), e));
        } catch (CharacterCodingException e) {
            throw fail(malformed(parser.currentLocation(),
                    "a byte sequence that is not valid in the document's encoding", e));
        } catch (RuntimeException e) {
            ReviewFormatException error = mismatch("a readable review");
            error.initCause(e);
            throw fail(error);
        }
    }

    private ReviewFormatException translate(JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String message = clean(e.getOriginalMessage());
        String duplicateName = parser.getParsingContext().getCurrentName();
        ReviewFormatException error;
        if (e instanceof StreamConstraintsException) {
            error = new ReviewFormatException(path(), at.getLineNr(), at.getColumnNr(),
                    "a document within the reading limits", message,
                    "the document exceeds a reading limit: " + message);
        } else if (message.startsWith("Duplicate field ") && duplicateName != null) {
            error = duplicate(duplicateName, at);
        } else {
            return malformed(at, message, e);
        }
        error.initCause(e);
        return error;
    }

    private ReviewFormatException malformed(JsonLocation at, String message, Exception cause) {
        ReviewFormatException error = new ReviewFormatException(path(), at.getLineNr(),
                at.getColumnNr(), "well-formed JSON", message, "malformed JSON: " + message);
        error.initCause(cause);
        return error;
    }

    private ReviewFormatException duplicate(String name, JsonLocation at) {
        return new ReviewFormatException(path(), at.getLineNr(), at.getColumnNr(),
                "each property once", quote(name) + " a second time");
    }

    private ReviewFormatException fail(ReviewFormatException error) {
        // The first problem in the document is reported, even if reading went on past it.
        return deferred != null ? deferred : error;
    }

    private ReviewFormatException mismatch(String expected) {
        return error(expected, found());
    }

    private ReviewFormatException error(String expected, String found) {
        JsonLocation at = parser.currentTokenLocation();
        return new ReviewFormatException(path(), at.getLineNr(), at.getColumnNr(), expected,
                found);
    }

    private String found() {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "the end of the input";
        }
        try {
            return switch (token) {
                case VALUE_STRING -> quote(parser.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> shorten(parser.getText());
                case VALUE_TRUE -> "true";
                case VALUE_FALSE -> "false";
                case VALUE_NULL -> "null";
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case END_OBJECT -> "the end of the object";
                case END_ARRAY -> "the end of the array";
                case FIELD_NAME -> "the property " + quote(parser.currentName());
                default -> token.asString() == null ? token.name() : token.asString();
            };
        } catch (IOException e) {
            return "an unreadable value";
        }
    }

    private String path() {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext();
                context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inArray() && context.getEntryCount() > 0) {
                segments.push("[" + context.getCurrentIndex() + "]");
            } else if (context.inObject() && context.getCurrentName() != null) {
                segments.push(member(context.getCurrentName()));
            }
        }
        return "$" + String.join("", segments);
    }

    private static String member(String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return "." + name;
        }
        String quoted = quote(name);
        return "['" + quoted.substring(1, quoted.length() - 1).replace("'", "\\'") + "']";
    }

    private static String quote(String text) {
        boolean shortened = text.length() > MAX_SHOWN_LENGTH;
        String shown = shortened ? prefix(text, MAX_SHOWN_LENGTH - 3) : text;
        StringBuilder quoted = new StringBuilder(shown.length() + 16).append('"');
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (isUnsafeToShow(c)) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        if (shortened) {
            quoted.append("...\" (").append(text.length()).append(" characters)");
        } else {
            quoted.append('"');
        }
        return quoted.toString();
    }

    private static String shorten(String text) {
        if (text.length() <= MAX_SHOWN_LENGTH) {
            return text;
        }
        return prefix(text, MAX_SHOWN_LENGTH - 3) + "... (" + text.length() + " characters)";
    }

    private static String prefix(String text, int length) {
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }

    private static String clean(@Nullable String message) {
        if (message == null) {
            return "no details given";
        }
        String cleaned = SOURCE_IN_MESSAGE.matcher(message).replaceAll("line $1, column $2");
        cleaned = SETTING_IN_MESSAGE.matcher(cleaned).replaceAll("");
        cleaned = cleaned.replaceAll("[\\r\\n]+", " ").strip();
        StringBuilder shown = new StringBuilder(cleaned.length());
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (isUnsafeToShow(c)) {
                shown.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    /**
     * Checks whether a character could forge lines or drive a terminal when an error message is
     * printed: control characters (C0, DEL, C1), line and paragraph separators, and the
     * bidirectional controls.
     */
    private static boolean isUnsafeToShow(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    /** Reads one element of an array, the parser standing on its first token. */
    @FunctionalInterface
    private interface ElementReader {

        void read() throws IOException;
    }

    /** Reads something that may fail with Jackson's or the JDK's exceptions. */
    @FunctionalInterface
    private interface Reading<T> {

        T read() throws IOException;
    }

    private static final class PreviousReviewParts {
        @Nullable String id;
        @Nullable LocalDate heldOn;
    }

    private static final class EvidenceParts {
        @Nullable String title;
        @Nullable String reference;
    }

    private static final class MoneyParts {
        @Nullable BigDecimal amount;
        @Nullable Currency currency;
    }

    private static final class EffortParts {
        @Nullable BigDecimal quantity;
        @Nullable EffortUnit unit;
    }
}
