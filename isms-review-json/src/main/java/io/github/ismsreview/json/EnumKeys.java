package io.github.ismsreview.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps enum constants to the keys the JSON format uses for them and back: lower-case words
 * joined by hyphens, so {@code ActionStatus.IN_PROGRESS} is {@code in-progress}.
 *
 * <p>One rule serves every enum of the model; there is no per-enum code. The class is stateless
 * apart from a cache and is thread-safe.
 */
public final class EnumKeys {

    private static final ClassValue<Map<String, Enum<?>>> BY_KEY = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byKey = new LinkedHashMap<>();
            for (Object constant : type.getEnumConstants()) {
                Enum<?> value = (Enum<?>) constant;
                byKey.put(keyOf(value), value);
            }
            return Collections.unmodifiableMap(byKey);
        }
    };

    private static final ClassValue<String[]> KEYS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] keys = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                keys[i] = keyOf((Enum<?>) constants[i]);
            }
            return keys;
        }
    };

    private EnumKeys() {
    }

    /** Returns the key of the constant, for example {@code nothing-to-report}. */
    public static String key(Enum<?> value) {
        return KEYS.get(value.getDeclaringClass())[value.ordinal()];
    }

    private static String keyOf(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Returns the constant of the enum with the given key, or empty if none has it; the match is
     * exact, so {@code In-Progress} and {@code IN_PROGRESS} find nothing.
     */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, String key) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        return Optional.ofNullable(BY_KEY.get(type).get(key)).map(type::cast);
    }

    /** Returns the keys of every constant of the enum, in declaration order. */
    public static List<String> keys(Class<? extends Enum<?>> type) {
        return List.copyOf(BY_KEY.get(type).keySet());
    }
}
