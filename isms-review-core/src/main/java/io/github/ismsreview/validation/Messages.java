package io.github.ismsreview.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of one bundle the library ships, in one language, with named placeholders such as
 * {@code {heldOn}}.
 *
 * <p>The English file (no suffix) is the default; a language file such as {@code _de} overrides
 * it key by key, and a file for language and country overrides that. A language the library
 * does not ship gets English, never the language of the JVM's default locale, which is why the
 * files are read here rather than through {@link java.util.ResourceBundle}'s default fallback.
 * Files are read as UTF-8.
 *
 * <p>Placeholders are replaced by plain text in one pass over the template: a value is never
 * scanned again, so review text holding {@code {heldOn}}, {@code {0}} or {@code ${7*7}} comes out
 * as it went in. Instances are immutable and thread-safe.
 */
final class Messages {

    /** The bundle of the validator's findings and transition reasons. */
    static final String VALIDATION = "ValidationMessages";

    /** The bundle of the rules' titles and explanations. */
    static final String CATALOG = "RuleCatalog";

    private static final Map<String, Messages> CACHE = new ConcurrentHashMap<>();

    private final String bundle;
    private final Locale locale;
    private final Map<String, String> texts;

    private Messages(String bundle, Locale locale, Map<String, String> texts) {
        this.bundle = bundle;
        this.locale = locale;
        this.texts = Map.copyOf(texts);
    }

    /**
     * Returns the texts of the bundle in the language of the locale, English where the library
     * ships no file for that language.
     */
    static Messages of(String bundle, Locale locale) {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(locale, "locale");
        return CACHE.computeIfAbsent(bundle + "|" + locale.toLanguageTag(),
                ignored -> load(bundle, locale));
    }

    /** Returns the locale the texts were asked for. */
    Locale locale() {
        return locale;
    }

    /**
     * Returns the text of the key with its placeholders filled in.
     *
     * @param namesAndValues placeholder names and their values, alternating; an enum value is
     *     written as the JSON format writes it, anything else as its {@code String.valueOf}
     * @throws IllegalArgumentException if the bundle has no such key; the message names both
     */
    String format(String key, Object... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            values.put(String.valueOf(namesAndValues[i]),
                    value instanceof Enum<?> constant
                            ? RuleContext.key(constant)
                            : String.valueOf(value));
        }
        return substitute(text(key), values);
    }

    /**
     * Returns the raw text of the key, placeholders unfilled.
     *
     * @throws IllegalArgumentException if the bundle has no such key; the message names both
     */
    String text(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("bundle " + bundle + " has no key '" + key + "'");
        }
        return text;
    }

    /** Returns the keys of the bundle in this language, English keys included. */
    Set<String> keys() {
        return texts.keySet();
    }

    /**
     * Replaces each {@code {name}} whose name has a value by that value, in one pass; a brace
     * pair without a value, and everything inside a value, stays as it is.
     */
    static String substitute(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int from = 0;
        while (from < template.length()) {
            int open = template.indexOf('{', from);
            int close = open < 0 ? -1 : template.indexOf('}', open + 1);
            if (close < 0) {
                break;
            }
            String value = values.get(template.substring(open + 1, close));
            if (value == null) {
                out.append(template, from, open + 1);
                from = open + 1;
            } else {
                out.append(template, from, open).append(value);
                from = close + 1;
            }
        }
        return out.append(template, from, template.length()).toString();
    }

    private static Messages load(String bundle, Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>(read(bundle + ".properties", true));
        if (!locale.getLanguage().isEmpty() && !locale.getLanguage().equals("en")) {
            texts.putAll(read(bundle + "_" + locale.getLanguage() + ".properties", false));
            if (!locale.getCountry().isEmpty()) {
                texts.putAll(read(bundle + "_" + locale.getLanguage() + "_"
                        + locale.getCountry() + ".properties", false));
            }
        }
        return new Messages(bundle, locale, texts);
    }

    private static Map<String, String> read(String file, boolean required) {
        try (InputStream in = Messages.class.getResourceAsStream(file)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("the library's resource " + file
                            + " is missing next to " + Messages.class.getName());
                }
                return Map.of();
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = new LinkedHashMap<>();
            properties.stringPropertyNames()
                    .forEach(name -> texts.put(name, properties.getProperty(name)));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the library's resource " + file, e);
        }
    }
}
