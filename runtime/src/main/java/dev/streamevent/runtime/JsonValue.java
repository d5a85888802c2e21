package dev.streamevent.runtime;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A generic JSON value, for open-ended properties such as {@code parameters} or {@code metadata}, and for unknown
 * members kept for a lossless round trip. Objects keep their member order, and numbers keep their literal, so
 * parsing and writing back loses nothing.
 *
 * <p>Values are immutable. Switch over the six kinds with {@code instanceof}, or with pattern matching on newer JDKs.
 */
public sealed interface JsonValue
        permits JsonValue.ObjectValue, JsonValue.ArrayValue, JsonValue.StringValue, JsonValue.NumberValue,
                JsonValue.BooleanValue, JsonValue.NullValue {

    /**
     * Parses one whole document, which must be exactly RFC 8259 JSON.
     *
     * @param json UTF-8 JSON bytes
     * @return the value
     * @throws JsonException with the position if the document is not valid JSON or exceeds the default limits
     */
    static JsonValue parse(byte[] json) {
        JsonReader reader = JsonReader.of(json);
        JsonValue value = reader.readValue();
        reader.endOfDocument();
        return value;
    }

    /**
     * Parses one whole document given as text.
     *
     * @param json the JSON text
     * @return the value
     * @throws JsonException with the position if the text is not valid JSON
     */
    static JsonValue parse(String json) {
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes this value with a writer.
     *
     * @param writer the writer
     */
    void writeTo(JsonWriter writer);

    /**
     * @return this value as compact JSON text
     */
    default String toJson() {
        JsonWriter writer = JsonWriter.create();
        writeTo(writer);
        return writer.toString();
    }

    /**
     * @return this value as compact UTF-8 JSON bytes
     */
    default byte[] toJsonBytes() {
        JsonWriter writer = JsonWriter.create();
        writeTo(writer);
        return writer.toByteArray();
    }

    /**
     * A JSON object. Its members keep their order.
     *
     * @param members the members, copied into an unmodifiable map that keeps their order
     */
    record ObjectValue(Map<String, JsonValue> members) implements JsonValue {

        /** Copies the members, keeping their order, and rejects null names or values. */
        public ObjectValue {
            Map<String, JsonValue> copy = new LinkedHashMap<>();
            members.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "name"),
                    Objects.requireNonNull(value, "value of " + name)));
            members = Collections.unmodifiableMap(copy);
        }

        /**
         * @param name a member name
         * @return the member's value, or {@code null} if there is no such member
         */
        public JsonValue get(String name) {
            return members.get(name);
        }

        @Override
        public void writeTo(JsonWriter writer) {
            writer.beginObject();
            for (Map.Entry<String, JsonValue> member : members.entrySet()) {
                writer.name(member.getKey());
                member.getValue().writeTo(writer);
            }
            writer.endObject();
        }

        @Override
        public String toString() {
            return toJson();
        }
    }

    /**
     * A JSON array.
     *
     * @param elements the elements, copied into an unmodifiable list
     */
    record ArrayValue(List<JsonValue> elements) implements JsonValue {

        /** Copies the elements and rejects null ones. */
        public ArrayValue {
            List<JsonValue> copy = new ArrayList<>(elements.size());
            for (JsonValue element : elements) {
                copy.add(Objects.requireNonNull(element, "element"));
            }
            elements = Collections.unmodifiableList(copy);
        }

        @Override
        public void writeTo(JsonWriter writer) {
            writer.beginArray();
            for (JsonValue element : elements) {
                element.writeTo(writer);
            }
            writer.endArray();
        }

        @Override
        public String toString() {
            return toJson();
        }
    }

    /**
     * A JSON string.
     *
     * @param value the string
     */
    record StringValue(String value) implements JsonValue {

        /** Rejects a null string. */
        public StringValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public void writeTo(JsonWriter writer) {
            writer.value(value);
        }

        @Override
        public String toString() {
            return toJson();
        }
    }

    /**
     * A JSON number, kept as its literal so that no precision is lost. Two numbers are equal when their values are
     * equal, whatever their literals ({@code 1.0} equals {@code 1}).
     */
    final class NumberValue implements JsonValue {

        private final String literal;

        private NumberValue(String literal) {
            this.literal = literal;
        }

        /**
         * @param literal a number literal, valid by the JSON grammar
         * @return the number
         * @throws JsonException if the literal is not a JSON number
         */
        public static NumberValue of(String literal) {
            JsonReader reader = JsonReader.of(literal.getBytes(StandardCharsets.UTF_8));
            if (reader.peek() != JsonToken.NUMBER) {
                throw new JsonException("not a JSON number: " + literal);
            }
            JsonValue value = reader.readValue();
            reader.endOfDocument();
            return (NumberValue) value;
        }

        /**
         * @param value a number
         * @return the number as a JSON value
         */
        public static NumberValue of(long value) {
            return new NumberValue(Long.toString(value));
        }

        /**
         * @param value a number
         * @return the number as a JSON value
         */
        public static NumberValue of(BigDecimal value) {
            return new NumberValue(value.toString());
        }

        /** For the reader, which has already validated the literal. */
        static NumberValue ofLiteral(String literal) {
            return new NumberValue(literal);
        }

        /**
         * @return the literal, exactly as read or given
         */
        public String literal() {
            return literal;
        }

        /**
         * @return the exact value
         * @throws JsonException if the exponent is beyond {@code BigDecimal}'s range
         */
        public BigDecimal bigDecimalValue() {
            try {
                return new BigDecimal(literal);
            } catch (NumberFormatException e) {
                throw new JsonException("number " + literal + " is out of BigDecimal's range");
            }
        }

        /**
         * @return the value as a long
         * @throws JsonException if it is not an integer in the range of long
         */
        public long longValue() {
            try {
                return bigDecimalValue().longValueExact();
            } catch (ArithmeticException e) {
                throw new JsonException("number " + literal + " is not an integer in the range of long");
            }
        }

        /**
         * @return the value correctly rounded to a double (infinite if beyond its range)
         */
        public double doubleValue() {
            return Double.parseDouble(literal);
        }

        @Override
        public void writeTo(JsonWriter writer) {
            writer.numberLiteral(literal);
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (!(o instanceof NumberValue)) {
                return false;
            }
            String other = ((NumberValue) o).literal;
            if (literal.equals(other)) {
                return true;
            }
            BigDecimal a = exactOrNull(literal);
            BigDecimal b = exactOrNull(other);
            return a != null && b != null && a.compareTo(b) == 0;
        }

        @Override
        public int hashCode() {
            BigDecimal exact = exactOrNull(literal);
            if (exact == null) {
                return literal.hashCode();
            }
            // Trailing zeros differ between equal values (1.0 and 1); only the value may feed the hash.
            try {
                return exact.signum() == 0 ? 0 : exact.stripTrailingZeros().hashCode();
            } catch (ArithmeticException scaleOverflow) {
                return literal.hashCode();
            }
        }

        private static BigDecimal exactOrNull(String literal) {
            try {
                return new BigDecimal(literal);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        @Override
        public String toString() {
            return literal;
        }
    }

    /** The JSON literals {@code true} and {@code false}. */
    enum BooleanValue implements JsonValue {
        /** {@code true}. */
        TRUE,
        /** {@code false}. */
        FALSE;

        /**
         * @param value a boolean
         * @return its JSON value
         */
        public static BooleanValue of(boolean value) {
            return value ? TRUE : FALSE;
        }

        /**
         * @return the boolean
         */
        public boolean value() {
            return this == TRUE;
        }

        @Override
        public void writeTo(JsonWriter writer) {
            writer.value(this == TRUE);
        }

        @Override
        public String toString() {
            return this == TRUE ? "true" : "false";
        }
    }

    /** The JSON literal {@code null}. */
    enum NullValue implements JsonValue {
        /** The only instance. */
        INSTANCE;

        @Override
        public void writeTo(JsonWriter writer) {
            writer.nullValue();
        }

        @Override
        public String toString() {
            return "null";
        }
    }
}
