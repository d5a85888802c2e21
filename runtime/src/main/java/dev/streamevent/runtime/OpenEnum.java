package dev.streamevent.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of an open enum property, declared as {@code OpenEnum<Status> status()}: one of the constants of
 * {@code Status}, or a string that none of them stands for. Servers add values over time; an unknown one is kept, not
 * an error, and it is written back unchanged.
 *
 * <p>The JSON string of a constant is its name in lower case: {@code IN_PROGRESS} is {@code "in_progress"}, the
 * convention of the Responses API.
 *
 * <pre>{@code
 * switch (event.status().orElse(Status.UNRECOGNIZED)) { ... }
 * event.status().value();                      // "in_progress", or whatever the server sent
 * builder.status(OpenEnum.of(Status.COMPLETED));
 * }</pre>
 *
 * @param <E> the enum of the known values
 */
public final class OpenEnum<E extends Enum<E>> {
    private final E constant;
    private final String value;

    private OpenEnum(E constant, String value) {
        this.constant = constant;
        this.value = value;
    }

    /**
     * Returns the open enum value of a known constant.
     *
     * @param constant a known value
     * @param <E> the enum
     * @return the value standing for that constant
     */
    public static <E extends Enum<E>> OpenEnum<E> of(E constant) {
        return new OpenEnum<>(constant, jsonString(constant));
    }

    /**
     * A value that none of the constants stands for. Decoding uses it only for such strings, and so should callers:
     * {@code unknown("in_progress")} is not equal to {@code of(IN_PROGRESS)}.
     *
     * @param value the string as it appears in JSON
     * @param <E> the enum
     * @return the unknown value
     */
    public static <E extends Enum<E>> OpenEnum<E> unknown(String value) {
        return new OpenEnum<>(null, Objects.requireNonNull(value, "value"));
    }

    /**
     * {@return the JSON string, known or not}
     */
    public String value() {
        return value;
    }

    /**
     * {@return whether a constant stands for this value}
     */
    public boolean isKnown() {
        return constant != null;
    }

    /**
     * {@return the constant, or empty for an unknown value}
     */
    public Optional<E> known() {
        return Optional.ofNullable(constant);
    }

    /**
     * Returns the known constant, or a fallback for an unknown value.
     *
     * @param fallback what to return for an unknown value, such as an {@code UNRECOGNIZED} constant
     * @return the constant, or {@code fallback}
     */
    public E orElse(E fallback) {
        return constant != null ? constant : fallback;
    }

    @Override
    public boolean equals(Object o) {
        return o == this
                || (o instanceof OpenEnum<?> other && other.constant == constant && other.value.equals(value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The JSON string, so that an event's {@code toString} shows {@code status=in_progress}. */
    @Override
    public String toString() {
        return value;
    }

    private static String jsonString(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Makes the table of an enum's constants and their wire values.
     *
     * @param constants every constant of the enum, in ordinal order ({@code Status.values()})
     * @param <E> the enum
     * @return a table that reads and writes values of that enum
     */
    public static <E extends Enum<E>> Table<E> table(E[] constants) {
        return new Table<>(constants);
    }

    /**
     * The known values of one enum, built once per codec: reading a known value allocates nothing, and writing one
     * copies pre-encoded bytes.
     *
     * @param <E> the enum
     */
    public static final class Table<E extends Enum<E>> {
        private final JsonNames strings;
        private final List<OpenEnum<E>> values;

        private Table(E[] constants) {
            String[] names = new String[constants.length];
            List<OpenEnum<E>> known = new ArrayList<>(constants.length);
            for (int i = 0; i < constants.length; i++) {
                if (constants[i].ordinal() != i) {
                    throw new IllegalArgumentException("constants must be in ordinal order, as values() gives them");
                }
                names[i] = jsonString(constants[i]);
                known.add(new OpenEnum<>(constants[i], names[i]));
            }
            this.strings = JsonNames.of(names);
            this.values = Collections.unmodifiableList(known);
        }

        /**
         * Reads an open enum value.
         *
         * @param reader a reader before a JSON string
         * @return the constant's value, or an unknown value holding the string
         */
        public OpenEnum<E> read(JsonReader reader) {
            int index = reader.readStringIndex(strings);
            return index >= 0 ? values.get(index) : unknown(reader.lastString());
        }

        /**
         * Writes an open enum value.
         *
         * @param writer the writer
         * @param value the value to write as a JSON string
         */
        public void write(JsonWriter writer, OpenEnum<E> value) {
            if (value.constant != null) {
                writer.value(strings, value.constant.ordinal());
            } else {
                writer.value(value.value);
            }
        }
    }
}
