package io.github.ismsreview.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.github.ismsreview.edition.Edition;
import io.github.ismsreview.model.ReviewCycle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewJsonStrictReadingTest {

    private static final String HEAD = """
            {
              "formatVersion": 1,
              "id": "MR-2026",
              "edition": "iso-iec-27001-2022",
            """;

    private final ReviewJson json = ReviewJson.create();

    @Test
    void read_duplicateKey_reportsPathAndPosition() {
        ReviewFormatException e = failure("""
                {
                  "formatVersion": 1,
                  "id": "MR-2026",
                  "id": "MR-2027",
                  "edition": "iso-iec-27001-2022"
                }
                """);

        assertThat(e.path()).isEqualTo("$.id");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(7);
        assertThat(e.expected()).isEqualTo("each property once");
        assertThat(e.found()).isEqualTo("\"id\" a second time");
        assertThat(e).hasMessage(
                "$.id (line 4, column 7): expected each property once, found \"id\" a second time");
    }

    @Test
    void read_duplicateKeyInNestedObject_reportsNestedPath() {
        ReviewFormatException e = failure(HEAD + """
                  "previousReview": {"heldOn": "2025-03-20", "heldOn": "2025-03-21"}
                }
                """);

        assertThat(e.path()).isEqualTo("$.previousReview.heldOn");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.found()).isEqualTo("\"heldOn\" a second time");
    }

    @Test
    void read_contentAfterTheDocument_reportsTheTrailingToken() {
        ReviewFormatException e = failure(HEAD + """
                  "stage": "planned"
                }
                {}
                """);

        assertThat(e.path()).isEqualTo("$");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.expected()).isEqualTo("the end of the document");
        assertThat(e.found()).isEqualTo("an object");
    }

    @Test
    void read_trailingGarbageAfterTheDocument_isMalformedJson() {
        ReviewFormatException e = failure(HEAD + "\"stage\": \"planned\"} x");

        assertThat(e.path()).isEqualTo("$");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.expected()).isEqualTo("well-formed JSON");
        assertThat(e.found()).contains("'x'");
    }

    @Test
    void read_unknownProperty_namesTheKnownOnes() {
        ReviewFormatException e = failure(HEAD + """
                  "inputs": [{"category": "audit-result-trends", "status": "addressed",
                      "colour": "red"}]
                }
                """);

        assertThat(e.path()).isEqualTo("$.inputs[0].colour");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.column()).isEqualTo(7);
        assertThat(e.expected()).isEqualTo("a property of an input "
                + "(category, status, summary, evidence, preparedBy, reason, actionUpdates)");
        assertThat(e.found()).isEqualTo("\"colour\"");
    }

    @Test
    void read_unknownPropertyWithAwkwardName_quotesItInThePath() {
        ReviewFormatException e = failure(HEAD + """
                  "it's \\"new\\"": 1
                }
                """);

        assertThat(e.path()).isEqualTo("$['it\\'s \\\"new\\\"']");
        assertThat(e.found()).isEqualTo("\"it's \\\"new\\\"\"");
    }

    @Test
    void read_nullValue_isRefused() {
        ReviewFormatException e = failure(HEAD + """
                  "organization": null
                }
                """);

        assertThat(e.path()).isEqualTo("$.organization");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(19);
        assertThat(e.expected()).isEqualTo("a string");
        assertThat(e.found()).isEqualTo("null");
    }

    @Test
    void read_nullInArray_isRefusedAtItsIndex() {
        ReviewFormatException e = failure(HEAD + """
                  "protocol": {"agreedItems": ["MFA by April", null]}
                }
                """);

        assertThat(e.path()).isEqualTo("$.protocol.agreedItems[1]");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(48);
        assertThat(e.found()).isEqualTo("null");
    }

    @Test
    void read_nullForAnObject_isRefused() {
        ReviewFormatException e = failure(HEAD + """
                  "assessment": null
                }
                """);

        assertThat(e.path()).isEqualTo("$.assessment");
        assertThat(e.expected()).isEqualTo("an assessment object");
        assertThat(e.found()).isEqualTo("null");
    }

    @Test
    void read_nullDocument_isRefused() {
        ReviewFormatException e = failure("null");

        assertThat(e.path()).isEqualTo("$");
        assertThat(e.expected()).isEqualTo("a review object");
        assertThat(e.found()).isEqualTo("null");
    }

    @Test
    void read_wrongTokenType_namesExpectedAndFound() {
        ReviewFormatException e = failure(HEAD + """
                  "inputs": {"category": "audit-result-trends"}
                }
                """);

        assertThat(e.path()).isEqualTo("$.inputs");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(13);
        assertThat(e.expected()).isEqualTo("an array");
        assertThat(e.found()).isEqualTo("an object");
    }

    @Test
    void read_numberForString_showsTheNumberAsWritten() {
        ReviewFormatException e = failure("""
                {"formatVersion": 1, "id": 2026.50, "edition": "iso-iec-27001-2022"}
                """);

        assertThat(e.path()).isEqualTo("$.id");
        assertThat(e.column()).isEqualTo(28);
        assertThat(e.expected()).isEqualTo("a string");
        assertThat(e.found()).isEqualTo("2026.50");
    }

    @Test
    void read_stringForBoolean_isRefused() {
        ReviewFormatException e = failure(HEAD + """
                  "firstReview": "yes"
                }
                """);

        assertThat(e.path()).isEqualTo("$.firstReview");
        assertThat(e.expected()).isEqualTo("true or false");
        assertThat(e.found()).isEqualTo("\"yes\"");
    }

    @Test
    void read_documentThatIsNotAnObject_isRefused() {
        ReviewFormatException e = failure("[]");

        assertThat(e.path()).isEqualTo("$");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.expected()).isEqualTo("a review object");
        assertThat(e.found()).isEqualTo("an array");
    }

    @Test
    void read_emptyDocument_reportsTheEndOfTheInput() {
        ReviewFormatException e = failure("  ");

        assertThat(e.path()).isEqualTo("$");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.expected()).isEqualTo("a review object");
        assertThat(e.found()).isEqualTo("the end of the input");
    }

    @Test
    void read_malformedDate_reportsPathPositionAndValue() {
        ReviewFormatException e = failure(HEAD + """
                  "decisions": [
                    {
                      "actions": [
                        {"dueOn": "2026-04-30"},
                        {"dueOn": "2026-13-01"}
                      ]
                    }
                  ]
                }
                """);

        assertThat(e.path()).isEqualTo("$.decisions[0].actions[1].dueOn");
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.column()).isEqualTo(19);
        assertThat(e.expected()).isEqualTo("a date as YYYY-MM-DD");
        assertThat(e.found()).isEqualTo("\"2026-13-01\"");
        assertThat(e).hasMessage("$.decisions[0].actions[1].dueOn (line 9, column 19): "
                + "expected a date as YYYY-MM-DD, found \"2026-13-01\"");
    }

    @Test
    void read_dateThatDoesNotExist_isRefused() {
        ReviewFormatException e = failure(HEAD + """
                  "heldOn": "2025-02-29"
                }
                """);

        assertThat(e.path()).isEqualTo("$.heldOn");
        assertThat(e.found()).isEqualTo("\"2025-02-29\"");
    }

    @Test
    void read_dateWithTime_isRefused() {
        ReviewFormatException e = failure(HEAD + """
                  "plannedOn": "2026-03-12T10:00:00Z"
                }
                """);

        assertThat(e.path()).isEqualTo("$.plannedOn");
        assertThat(e.expected()).isEqualTo("a date as YYYY-MM-DD");
    }

    @Test
    void read_malformedDateTime_reportsPathAndValue() {
        ReviewFormatException e = failure(HEAD + """
                  "protocol": {
                    "signature": {
                      "signedBy": "Chief Executive",
                      "role": "top-management",
                      "signedOn": "2026-06-09",
                      "signedAt": "2026-06-09T09:27:00"
                    }
                  }
                }
                """);

        assertThat(e.path()).isEqualTo("$.protocol.signature.signedAt");
        assertThat(e.line()).isEqualTo(10);
        assertThat(e.column()).isEqualTo(19);
        assertThat(e.expected())
                .isEqualTo("a date-time with an offset as YYYY-MM-DDThh:mm:ss+hh:mm");
        assertThat(e.found()).isEqualTo("\"2026-06-09T09:27:00\"");
    }

    @Test
    void read_unknownEnumValue_listsTheKnownValues() {
        ReviewFormatException e = failure(HEAD + """
                  "decisions": [{"actions": [{"status": "finished"}]}]
                }
                """);

        assertThat(e.path()).isEqualTo("$.decisions[0].actions[0].status");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(41);
        assertThat(e.expected()).isEqualTo("one of open, in-progress, done, cancelled");
        assertThat(e.found()).isEqualTo("\"finished\"");
    }

    @Test
    void read_enumValueInJavaSpelling_isRefused() {
        ReviewFormatException e = failure(HEAD + """
                  "stage": "INPUTS_PREPARED"
                }
                """);

        assertThat(e.path()).isEqualTo("$.stage");
        assertThat(e.expected())
                .isEqualTo("one of planned, inputs-prepared, held, closed, cancelled");
    }

    @Test
    void read_repeatedRole_isRefused() {
        ReviewFormatException e = failure(HEAD + """
                  "protocol": {"participants": [{"name": "A", "roles": ["other", "other"]}]}
                }
                """);

        assertThat(e.path()).isEqualTo("$.protocol.participants[0].roles[1]");
        assertThat(e.found()).isEqualTo("\"other\"");
    }

    @Test
    void read_unknownEditionKey_listsTheKnownEditions() {
        ReviewFormatException e = failure("""
                {
                  "formatVersion": 1,
                  "id": "MR-2026",
                  "edition": "iso-iec-42001-2023"
                }
                """);

        assertThat(e.path()).isEqualTo("$.edition");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(14);
        assertThat(e.expected()).isEqualTo("one of the editions iso-iec-27001-2005,"
                + " iso-iec-27001-2013, iso-iec-27001-2022, harmonized-structure, iso-9001-2015,"
                + " iso-14001-2015");
        assertThat(e.found()).isEqualTo("\"iso-iec-42001-2023\"");
    }

    @Test
    void read_alsoCoversRepeatingAnEdition_pointsAtTheRepeat() {
        ReviewFormatException e = failure("""
                {
                  "formatVersion": 1,
                  "id": "MR-2026",
                  "edition": "iso-iec-27001-2022",
                  "alsoCovers": ["iso-9001-2015", "iso-14001-2015", "iso-9001-2015"]
                }
                """);

        assertThat(e.path()).isEqualTo("$.alsoCovers[2]");
        assertThat(e.expected()).isEqualTo("an edition not listed before in this array");
        assertThat(e.found()).isEqualTo("\"iso-9001-2015\"");
    }

    @Test
    void read_alsoCoversNamingThePrimaryEdition_isRefusedWhereverEditionStands() {
        String before = """
                {"formatVersion": 1, "id": "MR", "edition": "iso-9001-2015",
                 "alsoCovers": ["iso-iec-27001-2022", "iso-9001-2015"]}
                """;
        String after = """
                {"formatVersion": 1, "id": "MR",
                 "alsoCovers": ["iso-iec-27001-2022", "iso-9001-2015"],
                 "edition": "iso-9001-2015"}
                """;

        for (String document : List.of(before, after)) {
            ReviewFormatException e = failure(document);

            assertThat(e.path()).isEqualTo("$.alsoCovers[1]");
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.expected()).isEqualTo("an edition other than the review's own edition");
            assertThat(e.found()).isEqualTo("\"iso-9001-2015\"");
        }
    }

    @Test
    void read_alsoCovers_roundTripsInOrder_andAnEmptyListIsNotWritten() {
        ReviewCycle review = json.read("""
                {"formatVersion": 1, "id": "MR", "edition": "iso-iec-27001-2022",
                 "alsoCovers": ["iso-14001-2015", "iso-9001-2015"]}
                """);
        ReviewCycle empty = json.read("""
                {"formatVersion": 1, "id": "MR", "edition": "iso-iec-27001-2022",
                 "alsoCovers": []}
                """);

        assertThat(review.alsoCovers())
                .containsExactly(Edition.ISO_14001_2015, Edition.ISO_9001_2015);
        assertThat(json.read(json.write(review))).isEqualTo(review);
        assertThat(empty.alsoCovers()).isEmpty();
        assertThat(json.write(empty)).doesNotContain("alsoCovers");
    }

    static Stream<Arguments> missingRequiredProperties() {
        String budget = "\"recommendations\": [{\"kind\": \"resources\", \"resources\": ";
        String participant = "\"protocol\": {\"participants\": [";
        String signature = "\"protocol\": {\"signature\": ";
        return Stream.of(
                Arguments.of("{\"id\": \"MR\", \"edition\": \"iso-iec-27001-2022\"}",
                        "$.formatVersion"),
                Arguments.of("{\"formatVersion\": 1, \"edition\": \"iso-iec-27001-2022\"}",
                        "$.id"),
                Arguments.of("{\"formatVersion\": 1, \"id\": \"MR\"}", "$.edition"),
                Arguments.of(HEAD + "\"inputs\": [{\"status\": \"addressed\"}]}",
                        "$.inputs[0].category"),
                Arguments.of(HEAD + "\"inputs\": [{\"category\": \"audit-result-trends\"}]}",
                        "$.inputs[0].status"),
                Arguments.of(HEAD + "\"inputs\": [{\"category\": \"x\", \"status\": \"addressed\","
                        + " \"evidence\": [{\"reference\": \"DOC-1\"}]}]}",
                        "$.inputs[0].evidence[0].title"),
                Arguments.of(HEAD + "\"recommendations\": [{\"description\": \"More staff\"}]}",
                        "$.recommendations[0].kind"),
                Arguments.of(HEAD + participant + "{\"roles\": [\"other\"]}]}}",
                        "$.protocol.participants[0].name"),
                Arguments.of(HEAD + participant + "{\"name\": \"A\"}]}}",
                        "$.protocol.participants[0].roles"),
                Arguments.of(HEAD + signature
                                + "{\"role\": \"other\", \"signedOn\": \"2026-01-01\"}}}",
                        "$.protocol.signature.signedBy"),
                Arguments.of(HEAD + signature
                                + "{\"signedBy\": \"A\", \"signedOn\": \"2026-01-01\"}}}",
                        "$.protocol.signature.role"),
                Arguments.of(HEAD + signature + "{\"signedBy\": \"A\", \"role\": \"other\"}}}",
                        "$.protocol.signature.signedOn"),
                Arguments.of(HEAD + "\"previousReview\": {\"id\": \"MR-2025\"}}",
                        "$.previousReview.heldOn"),
                Arguments.of(HEAD + budget + "{\"budget\": {\"currency\": \"EUR\"}}}]}",
                        "$.recommendations[0].resources.budget.amount"),
                Arguments.of(HEAD + budget + "{\"budget\": {\"amount\": \"10\"}}}]}",
                        "$.recommendations[0].resources.budget.currency"),
                Arguments.of(HEAD + budget + "{\"effort\": {\"unit\": \"person-days\"}}}]}",
                        "$.recommendations[0].resources.effort.quantity"),
                Arguments.of(HEAD + budget + "{\"effort\": {\"quantity\": \"10\"}}}]}",
                        "$.recommendations[0].resources.effort.unit"));
    }

    @ParameterizedTest
    @MethodSource("missingRequiredProperties")
    void read_missingRequiredProperty_reportsThePathItShouldHave(String document, String path) {
        ReviewFormatException e = failure(document);

        String name = path.substring(path.lastIndexOf('.') + 1);
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.expected()).isEqualTo("the required property \"" + name + "\"");
        assertThat(e.found()).isEqualTo("the end of the object");
        assertThat(e.line()).isPositive();
        assertThat(e.column()).isPositive();
    }

    @Test
    void read_missingRequiredProperty_pointsAtTheEndOfTheObject() {
        ReviewFormatException e = failure(HEAD + """
                  "previousReview": {
                    "id": "MR-2025"
                  }
                }
                """);

        assertThat(e).hasMessage("$.previousReview.heldOn (line 7, column 3): "
                + "expected the required property \"heldOn\", found the end of the object");
    }

    @Test
    void read_amountInExponentForm_isRefusedWithoutArithmetic() {
        ReviewFormatException e = failure(HEAD + """
                  "decisions": [{"resources": {"budget": {
                    "amount": "1e1000000000", "currency": "EUR"}}}]
                }
                """);

        assertThat(e.path()).isEqualTo("$.decisions[0].resources.budget.amount");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.column()).isEqualTo(15);
        assertThat(e.expected())
                .isEqualTo("a plain decimal number as a string, such as \"1250.50\"");
        assertThat(e.found()).isEqualTo("\"1e1000000000\"");
    }

    @ParameterizedTest
    @MethodSource("notPlainDecimals")
    void read_amountNotAPlainDecimalString_isRefused(String amount, String found) {
        ReviewFormatException e = failure(HEAD + "\"decisions\": [{\"resources\": {\"budget\": "
                + "{\"amount\": " + amount + ", \"currency\": \"EUR\"}}}]}");

        assertThat(e.path()).isEqualTo("$.decisions[0].resources.budget.amount");
        assertThat(e.found()).isEqualTo(found);
    }

    static Stream<Arguments> notPlainDecimals() {
        String tooLong = "1".repeat(ReviewJson.MAX_DECIMAL_LENGTH + 1);
        return Stream.of(
                Arguments.of("150", "150"),
                Arguments.of("\"1E+3\"", "\"1E+3\""),
                Arguments.of("\"+5\"", "\"+5\""),
                Arguments.of("\"1.\"", "\"1.\""),
                Arguments.of("\".5\"", "\".5\""),
                Arguments.of("\" 1\"", "\" 1\""),
                Arguments.of("\"1,5\"", "\"1,5\""),
                Arguments.of("\"NaN\"", "\"NaN\""),
                Arguments.of("\"\"", "\"\""),
                Arguments.of("\"" + tooLong + "\"",
                        "\"" + "1".repeat(57) + "...\" (1001 characters)"));
    }

    @Test
    void read_effortQuantityInExponentForm_isRefused() {
        ReviewFormatException e = failure(HEAD + "\"decisions\": [{\"resources\": {\"effort\": "
                + "{\"quantity\": \"2e3\", \"unit\": \"person-days\"}}}]}");

        assertThat(e.path()).isEqualTo("$.decisions[0].resources.effort.quantity");
        assertThat(e.found()).isEqualTo("\"2e3\"");
    }

    @Test
    void read_unknownCurrencyCode_isRefused() {
        ReviewFormatException e = failure(HEAD + """
                  "decisions": [{"resources": {"budget": {"amount": "10", "currency": "XYZ"}}}]
                }
                """);

        assertThat(e.path()).isEqualTo("$.decisions[0].resources.budget.currency");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(71);
        assertThat(e.expected()).isEqualTo("an ISO 4217 currency code such as \"EUR\"");
        assertThat(e.found()).isEqualTo("\"XYZ\"");
    }

    @Test
    void read_currencyCodeInLowerCase_isRefused() {
        ReviewFormatException e = failure(HEAD + "\"decisions\": [{\"resources\": {\"budget\": "
                + "{\"amount\": \"10\", \"currency\": \"eur\"}}}]}");

        assertThat(e.found()).isEqualTo("\"eur\"");
    }

    @Test
    void read_formatVersion2_saysWhichVersionsAreRead() {
        ReviewFormatException e = failure("""
                {
                  "formatVersion": 2,
                  "id": "MR-2026",
                  "edition": "iso-iec-27001-2022"
                }
                """);

        assertThat(e.path()).isEqualTo("$.formatVersion");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(20);
        assertThat(e.expected()).isEqualTo("format version 1");
        assertThat(e.found()).isEqualTo("2");
        assertThat(e).hasMessage("$.formatVersion (line 2, column 20): this document has format "
                + "version 2; this library reads format version 1 only");
    }

    @Test
    void read_laterVersionWithNewPropertiesBeforeTheVersion_isRefusedForItsVersion() {
        ReviewFormatException e = failure("""
                {
                  "schema": "https://example.org/review-v3.json",
                  "decisions": [{"weight": 3}],
                  "formatVersion": 3,
                  "id": "MR-2026",
                  "edition": "iso-iec-27001-2022"
                }
                """);

        assertThat(e.path()).isEqualTo("$.formatVersion");
        assertThat(e.getMessage()).endsWith(
                "this document has format version 3; this library reads format version 1 only");
    }

    @Test
    void read_unknownPropertyBeforeVersion1_isStillReported() {
        ReviewFormatException e = failure("""
                {
                  "schema": "https://example.org/review-v1.json",
                  "formatVersion": 1,
                  "id": "MR-2026",
                  "edition": "iso-iec-27001-2022"
                }
                """);

        assertThat(e.path()).isEqualTo("$.schema");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(3);
    }

    @Test
    void read_formatVersion0_isRefused() {
        ReviewFormatException e = failure(
                "{\"formatVersion\": 0, \"id\": \"MR\", \"edition\": \"iso-iec-27001-2022\"}");

        assertThat(e.path()).isEqualTo("$.formatVersion");
        assertThat(e.expected()).isEqualTo("format version 1");
        assertThat(e.found()).isEqualTo("0");
    }

    @Test
    void read_negativeFormatVersion_isRefused() {
        ReviewFormatException e = failure(
                "{\"formatVersion\": -1, \"id\": \"MR\", \"edition\": \"iso-iec-27001-2022\"}");

        assertThat(e.found()).isEqualTo("-1");
        assertThat(e.expected()).isEqualTo("format version 1");
    }

    @Test
    void read_formatVersionAsStringOrFraction_isRefused() {
        ReviewFormatException asString = failure(
                "{\"formatVersion\": \"1\", \"id\": \"MR\", \"edition\": \"iso-iec-27001-2022\"}");
        ReviewFormatException asFraction = failure(
                "{\"formatVersion\": 1.0, \"id\": \"MR\", \"edition\": \"iso-iec-27001-2022\"}");

        assertThat(asString.expected()).isEqualTo("format version 1 as a JSON integer");
        assertThat(asString.found()).isEqualTo("\"1\"");
        assertThat(asFraction.found()).isEqualTo("1.0");
    }

    @Test
    void read_hugeFormatVersion_isRefusedByTheNumberLimit() {
        ReviewFormatException e = failure("{\"formatVersion\": 1" + "0".repeat(120) + "}");

        assertThat(e.path()).isEqualTo("$.formatVersion");
        assertThat(e.expected()).isEqualTo("a document within the reading limits");
        assertThat(e.found()).contains("Number value length (121)");
    }

    @Test
    void read_malformedJson_reportsJacksonsFindingAtThePosition() {
        ReviewFormatException e = failure("""
                {
                  "formatVersion": 1,
                  "id": "MR-2026"
                  "edition": "iso-iec-27001-2022"
                }
                """);

        assertThat(e.path()).isEqualTo("$.id");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.expected()).isEqualTo("well-formed JSON");
        assertThat(e.getMessage()).startsWith("$.id (line 4, column 3): malformed JSON: ")
                .doesNotContain("\n");
    }

    @Test
    void read_truncatedDocument_isMalformedJson() {
        ReviewFormatException e = failure(HEAD + "\"inputs\": [");

        assertThat(e.expected()).isEqualTo("well-formed JSON");
        assertThat(e.found()).contains("end-of-input").doesNotContain("Source");
    }

    @Test
    void read_stringLongerThanTheLimit_isRefused() {
        String organization = "x".repeat(ReviewJson.MAX_STRING_LENGTH + 1);
        ReviewFormatException e = failure(HEAD + "\"organization\": \"" + organization + "\"}");

        assertThat(e.path()).isEqualTo("$.organization");
        assertThat(e.expected()).isEqualTo("a document within the reading limits");
        assertThat(e.getMessage()).contains("String value length (1000001)")
                .doesNotContain("StreamReadConstraints");
    }

    @Test
    void read_documentLongerThanTheLimit_isRefused() throws IOException {
        int padding = (int) ReviewJson.MAX_DOCUMENT_LENGTH;
        byte[] document = (HEAD + " ".repeat(padding) + "\"stage\": \"planned\"}")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> json.read(new ByteArrayInputStream(document)))
                .isInstanceOf(ReviewFormatException.class)
                .hasMessageContaining("exceeds a reading limit")
                .hasMessageContaining("Document length");
    }

    @Test
    void read_deeplyNestedUnknownValue_isRefusedWithoutExhaustingTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        ReviewFormatException e = failure("{\"extra\": " + deep + ", \"formatVersion\": 1}");

        assertThat(e.path()).isEqualTo("$.extra");
        assertThat(e.found()).isEqualTo("\"extra\"");
    }

    @Test
    void read_deeplyNestedValueAfterTheVersion_isRefusedAtItsStart() {
        String deep = "[".repeat(ReviewJson.MAX_NESTING_DEPTH * 2);
        ReviewFormatException e = failure(HEAD + "\"inputs\": [" + deep);

        assertThat(e.path()).isEqualTo("$.inputs[0]");
        assertThat(e.expected()).isEqualTo("an input object");
        assertThat(e.found()).isEqualTo("an array");
    }

    @Test
    void read_invalidUtf8_isRefusedAsMalformed() throws IOException {
        byte[] document = (HEAD + "\"organization\": \"Caf\u00e9\"}").getBytes(
                StandardCharsets.ISO_8859_1);

        ReviewFormatException e = failureOf(new ByteArrayInputStream(document));

        assertThat(e.path()).isEqualTo("$.organization");
        assertThat(e.expected()).isEqualTo("well-formed JSON");
        assertThat(e.found()).contains("UTF-8");
    }

    @Test
    void read_failingStream_propagatesItsIOException() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk on fire");
            }
        };

        assertThatThrownBy(() -> json.read(broken))
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("disk on fire");
    }

    @Test
    void read_longStringValue_isShortenedInTheMessage() {
        ReviewFormatException e = failure(HEAD + "\"stage\": \"" + "a".repeat(500) + "\"}");

        assertThat(e.found()).isEqualTo("\"" + "a".repeat(57) + "...\" (500 characters)");
        assertThat(e.getMessage()).hasSizeLessThan(200);
    }

    @Test
    void read_controlCharactersInValue_areEscapedInTheMessage() {
        ReviewFormatException e = failure(HEAD + "\"stage\": \"held\\nclosed\\u2028\"}");

        assertThat(e.found()).isEqualTo("\"held\\nclosed\\u2028\"");
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\u2028");
    }

    private ReviewFormatException failure(String document) {
        try {
            json.read(document);
        } catch (ReviewFormatException e) {
            return e;
        }
        return fail("read accepted a document it should refuse:%n%s", document);
    }

    private ReviewFormatException failureOf(InputStream document) throws IOException {
        try {
            json.read(document);
        } catch (ReviewFormatException e) {
            return e;
        }
        return fail("read accepted a stream it should refuse");
    }
}
