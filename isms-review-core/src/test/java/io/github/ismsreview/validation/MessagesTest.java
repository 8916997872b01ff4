package io.github.ismsreview.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests the bundles the library ships and the literal filling of their placeholders. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9.]*)}");

    private static final String PACKAGE = "io/github/ismsreview/validation/";

    @ParameterizedTest
    @ValueSource(strings = {PACKAGE + "ValidationMessages", PACKAGE + "RuleCatalog",
            "ContributorValidationMessages"})
    void everyBundle_hasTheSameKeysAndPlaceholdersInGermanAsInEnglish(String bundle)
            throws IOException {
        Map<String, String> english = read(bundle + ".properties");
        Map<String, String> german = read(bundle + "_de.properties");

        assertThat(english).isNotEmpty();
        assertThat(german.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        for (String key : english.keySet()) {
            assertThat(placeholders(german.get(key)))
                    .as("placeholders of %s in German", key)
                    .isEqualTo(placeholders(english.get(key)));
            assertThat(german.get(key)).as(key).isNotBlank();
        }
    }

    @Test
    void germanTexts_areReadAsUtf8() {
        assertThat(Messages.of(Messages.VALIDATION, Locale.GERMAN).text("action.due-date-missing"))
                .isEqualTo("{label} hat kein Fälligkeitsdatum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ValidationMessages.properties", "ValidationMessages_de.properties"})
    void everyRuleOfTheEngine_hasAMessage_inTheFileOfEachLanguage(String file)
            throws IOException {
        // The file itself, not the merged texts: a German text must not be an English fallback.
        Set<String> keys = read(PACKAGE + file).keySet();

        assertThat(Arrays.stream(ReviewRule.values()).map(ReviewRule::id))
                .allSatisfy(id -> assertThat(keys).as(file)
                        .anyMatch(key -> key.equals(id) || key.startsWith(id + ".")));
    }

    @Test
    void everyRule_hasATitleAndAnExplanationInEnglishAndGerman() {
        for (ReviewRule rule : ReviewRule.values()) {
            assertThat(rule.title(Locale.ENGLISH)).isEqualTo(rule.title());
            assertThat(rule.title(Locale.GERMAN)).isNotBlank().isNotEqualTo(rule.title());
            assertThat(rule.explanation()).isEqualTo(rule.explanation(Locale.ENGLISH));
            assertThat(sentences(rule.explanation())).as(rule.id()).isBetween(2, 4);
            assertThat(sentences(rule.explanation(Locale.GERMAN))).as(rule.id()).isBetween(2, 4);
            assertThat(rule.explanation(Locale.GERMANY))
                    .isEqualTo(rule.explanation(Locale.GERMAN));
        }
    }

    @Test
    void languageWithoutTexts_getsEnglish() {
        assertThat(ReviewRule.PROTOCOL_MISSING.title(Locale.FRENCH))
                .isEqualTo(ReviewRule.PROTOCOL_MISSING.title());
        assertThat(Messages.of(Messages.VALIDATION, Locale.ROOT).text("protocol.date-missing"))
                .isEqualTo("the protocol does not state the date of the meeting");
    }

    @Test
    void jvmDefaultLocale_doesNotChooseTheLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);

            assertThat(ReviewRule.PROTOCOL_MISSING.title(Locale.ENGLISH))
                    .isEqualTo("A held review has a protocol");
            assertThat(ReviewRule.PROTOCOL_MISSING.title(Locale.forLanguageTag("sv")))
                    .isEqualTo("A held review has a protocol");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void substitute_fillsEachPlaceholderOnce_andNeverReadsAValueAgain() {
        String filled = Messages.substitute("{a} and {b}, not {c} or {0}",
                Map.of("a", "{b}", "b", "${7*7} {0} {a}"));

        assertThat(filled).isEqualTo("{b} and ${7*7} {0} {a}, not {c} or {0}");
    }

    @Test
    void substitute_leavesUnclosedAndEmptyBracesAlone() {
        assertThat(Messages.substitute("{} {x {y}", Map.of("y", "1", "x", "2")))
                .isEqualTo("{} {x 1");
        assertThat(Messages.substitute("end {", Map.of())).isEqualTo("end {");
    }

    @Test
    void unknownKey_isRejectedWithTheKeyAndTheBundle() {
        assertThatThrownBy(() -> Messages.of(Messages.VALIDATION, Locale.ENGLISH).text("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ValidationMessages")
                .hasMessageContaining("'nope'");
    }

    private static Map<String, String> read(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
        return texts;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static int sentences(String text) {
        return text.split("(?<=[.!?])\\s+(?=\\p{Lu})").length;
    }
}
