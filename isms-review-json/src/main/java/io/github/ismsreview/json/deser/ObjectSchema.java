package io.github.ismsreview.json.deser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The properties one kind of JSON object may have: their names in the order of the format
 * reference, which of them are required, and how each is read into a target.
 *
 * @param <T> what the properties are read into, usually a model builder
 */
final class ObjectSchema<T> {

    /** Reads the value of one property, the parser standing on its first token, into a target. */
    @FunctionalInterface
    interface PropertyReader<T> {

        /** Reads the value into the target. */
        void read(ReviewReader reader, T target) throws IOException;
    }

    private final String description;
    private final Map<String, PropertyReader<T>> properties;
    private final List<String> required;
    private final String expectedProperty;
    private final Map<String, Integer> indexes;
    private final List<PropertyReader<T>> readers;
    private final long requiredMask;

    private ObjectSchema(String description, Map<String, PropertyReader<T>> properties,
            List<String> required) {
        if (properties.size() > Long.SIZE) {
            throw new IllegalArgumentException(description + " has " + properties.size()
                    + " properties; a schema tracks at most " + Long.SIZE);
        }
        this.description = description;
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        this.required = List.copyOf(required);
        this.expectedProperty = "a property of " + description + " ("
                + String.join(", ", properties.keySet()) + ")";

        Map<String, Integer> indexes = new HashMap<>();
        List<PropertyReader<T>> readers = new ArrayList<>();
        for (Map.Entry<String, PropertyReader<T>> property : properties.entrySet()) {
            indexes.put(property.getKey(), readers.size());
            readers.add(property.getValue());
        }
        long mask = 0;
        for (String name : required) {
            mask |= 1L << indexes.get(name);
        }
        this.indexes = Map.copyOf(indexes);
        this.readers = List.copyOf(readers);
        this.requiredMask = mask;
    }

    /** Returns a builder of the schema of objects described as given, for example "an input". */
    static <T> Builder<T> describing(String description) {
        return new Builder<>(description);
    }

    /** Returns what the object is, with its article, for example {@code an input}. */
    String description() {
        return description;
    }

    /** Returns how to read the property with the given name, or null if there is none. */
    @Nullable PropertyReader<T> property(String name) {
        return properties.get(name);
    }

    /**
     * Returns the position of the property in format order, from 0 to 63, or -1 if the schema
     * has no property of that name; a reader marks the properties it has seen by position.
     */
    int index(String name) {
        Integer index = indexes.get(name);
        return index == null ? -1 : index;
    }

    /** Returns how to read the property at the given position. */
    PropertyReader<T> reader(int index) {
        return readers.get(index);
    }

    /** Returns the positions of the required properties as bits of a mask. */
    long requiredMask() {
        return requiredMask;
    }

    /** Returns the names of the required properties, in format order. */
    List<String> required() {
        return required;
    }

    /** Returns what an unknown property was expected to be, naming the known ones. */
    String expectedProperty() {
        return expectedProperty;
    }

    /** Collects the properties of a schema in the order of the format reference. */
    static final class Builder<T> {

        private final String description;
        private final Map<String, PropertyReader<T>> properties = new LinkedHashMap<>();
        private final List<String> required = new ArrayList<>();

        private Builder(String description) {
            this.description = description;
        }

        /** Adds a property that every object of the kind must have. */
        Builder<T> required(String name, PropertyReader<T> reader) {
            required.add(name);
            return optional(name, reader);
        }

        /** Adds a property that objects of the kind may leave out. */
        Builder<T> optional(String name, PropertyReader<T> reader) {
            properties.put(name, reader);
            return this;
        }

        /** Returns the schema. */
        ObjectSchema<T> build() {
            return new ObjectSchema<>(description, properties, required);
        }
    }
}
