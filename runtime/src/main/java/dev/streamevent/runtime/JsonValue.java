package dev.streamevent.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
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
     * {@return this value as compact JSON text}
     */
    default String toJson() {
        JsonWriter writer = ThreadLocalCache.borrowWriter();
        try {
            writeTo(writer);
            return writer.toString();
        } finally {
            ThreadLocalCache.giveBack(writer);
        }
    }

    /**
     * {@return this value as compact UTF-8 JSON bytes}
     */
    default byte[] toJsonBytes() {
        JsonWriter writer = ThreadLocalCache.borrowWriter();
        try {
            writeTo(writer);
            return writer.toByteArray();
        } finally {
            ThreadLocalCache.giveBack(writer);
        }
    }

    /**
     * A JSON object. Its members keep their order.
     *
     * @param members the members, copied into an unmodifiable map that keeps their order
     */
    record ObjectValue(Map<String, JsonValue> members) implements JsonValue {

        /**
         * Copies the members, keeping their order, and rejects null names or values.
         *
         * @param members the members
         */
        public ObjectValue {
            // A map the reader built is unmodifiable already, and the reader keeps no reference to it.
            members = members instanceof DecodedMembers ? members : Collections.unmodifiableMap(checkedCopy(members));
        }

        /** Copies the members, keeping their order, and rejects null names or values. */
        private static Map<String, JsonValue> checkedCopy(Map<String, JsonValue> members) {
            // Sized so that it never rehashes while filling.
            Map<String, JsonValue> copy = new LinkedHashMap<>((int) (members.size() / 0.75f) + 1);
            members.forEach((name, value) -> {
                if (name == null || value == null) {
                    throw new NullPointerException(name == null ? "a member name is null" : "member " + name + " is null");
                }
                copy.put(name, value);
            });
            return copy;
        }

        /**
         * Returns a member of this object.
         *
         * @param name a member name
         * @return the member's value, or {@code null} if there is no such member
         */
        public JsonValue get(String name) {
            return members.get(name);
        }

        @Override
        public void writeTo(JsonWriter writer) {
            writer.beginObject();
            if (members instanceof DecodedMembers decoded) {
                decoded.writeMembers(writer); // by index, with no entry objects
            } else {
                for (Map.Entry<String, JsonValue> member : members.entrySet()) {
                    writer.name(member.getKey());
                    member.getValue().writeTo(writer);
                }
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

        /**
         * Copies the elements and rejects null ones.
         *
         * @param elements the elements
         */
        public ArrayValue {
            // A list the reader built is unmodifiable already, and the reader keeps no reference to it. Otherwise one
            // copy into an immutable list, which also rejects null elements; an immutable list is not copied again.
            elements = elements instanceof DecodedElements ? elements : List.copyOf(elements);
        }

        @Override
        public void writeTo(JsonWriter writer) {
            writer.beginArray();
            if (elements instanceof DecodedElements decoded) {
                decoded.writeElements(writer); // plain strings without the check of every char
            } else {
                for (JsonValue element : elements) {
                    element.writeTo(writer);
                }
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

        /**
         * Rejects a null string.
         *
         * @param value the string
         */
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
        /** {@link #canonicalForm(String)} of the literal, made on first use by equals or hashCode. */
        private String canonical;

        private NumberValue(String literal) {
            this.literal = literal;
        }

        /**
         * Makes a number from its JSON literal.
         *
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
         * Makes a number from a {@code long}.
         *
         * @param value a number
         * @return the number as a JSON value
         */
        public static NumberValue of(long value) {
            return new NumberValue(Long.toString(value));
        }

        /**
         * Makes a number from a {@code BigDecimal}.
         *
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
         * {@return the literal, exactly as read or given}
         */
        public String literal() {
            return literal;
        }

        /**
         * {@return the exact value}
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
         * {@return the value as a long}
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
         * {@return the value correctly rounded to a double (infinite if beyond its range)}
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
            NumberValue other = (NumberValue) o;
            return literal.equals(other.literal) || canonical().equals(other.canonical());
        }

        @Override
        public int hashCode() {
            return canonical().hashCode();
        }

        /** The value's canonical form, computed once; equal values have equal forms. */
        private String canonical() {
            String form = canonical;
            if (form == null) {
                form = canonicalForm(literal);
                canonical = form;
            }
            return form;
        }

        /**
         * Writes a valid literal as sign, significant digits and the exponent of {@code 0.digits × 10^exponent}:
         * {@code 1.50}, {@code 15e-1} and {@code 0.0015e3} all give {@code 15e1}, and every zero gives {@code 0}. It
         * takes time linear in the literal, with no {@code BigDecimal}, so {@code 1e2000000000} costs nothing.
         */
        static String canonicalForm(String literal) {
            int length = literal.length();
            int i = 0;
            boolean negative = literal.charAt(0) == '-';
            if (negative) {
                i++;
            }
            StringBuilder digits = new StringBuilder(length);
            int integerDigits = 0;
            for (; i < length && isDigit(literal.charAt(i)); i++) {
                digits.append(literal.charAt(i));
                integerDigits++;
            }
            if (i < length && literal.charAt(i) == '.') {
                for (i++; i < length && isDigit(literal.charAt(i)); i++) {
                    digits.append(literal.charAt(i));
                }
            }
            int first = 0;
            while (first < digits.length() && digits.charAt(first) == '0') {
                first++;
            }
            if (first == digits.length()) {
                return "0";
            }
            int last = digits.length();
            while (digits.charAt(last - 1) == '0') {
                last--;
            }
            String exponent = i < length ? literal.substring(i + 1) : "0"; // after the 'e' or 'E'
            return (negative ? "-" : "") + digits.substring(first, last) + "e"
                    + addToExponent(exponent, (long) integerDigits - first);
        }

        /** Adds a small shift to an exponent literal of any length, such as {@code +007} or a thousand digits. */
        private static String addToExponent(String exponent, long shift) {
            String magnitude = exponent.startsWith("+") || exponent.startsWith("-") ? exponent.substring(1) : exponent;
            boolean negative = exponent.startsWith("-");
            if (magnitude.length() <= 18) {
                long value = Long.parseLong(magnitude);
                return Long.toString((negative ? -value : value) + shift);
            }
            BigInteger value = new BigInteger(magnitude);
            return (negative ? value.negate() : value).add(BigInteger.valueOf(shift)).toString();
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
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
         * Returns the boolean value.
         *
         * @param value a boolean
         * @return its JSON value
         */
        public static BooleanValue of(boolean value) {
            return value ? TRUE : FALSE;
        }

        /**
         * {@return the boolean}
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
