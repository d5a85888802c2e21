package dev.streamevent.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Builds arbitrary {@link JsonValue}s and number literals from a source of choices: a seeded {@link Random} for
 * repeatable property tests, or Jazzer's {@link FuzzedDataProvider} for guided fuzzing. Strings cover every escape,
 * control characters, multi-byte UTF-8, surrogate pairs and lone surrogates.
 */
final class RandomJsonValues {

    /** Where the choices come from. */
    interface Choices {
        /**
         * @param bound the exclusive upper bound, positive
         * @return a choice in {@code [0, bound)}
         */
        int nextInt(int bound);

        /**
         * @return any long
         */
        long nextLong();

        /**
         * @return a coin toss
         */
        default boolean nextBoolean() {
            return nextInt(2) == 1;
        }
    }

    /** Characters that exercise the writer's and reader's special cases. */
    private static final String SPECIAL = "\"\\/\b\f\n\r\t\u0000\u001f\u007f\u0080\u00e9\u07ff\u0800\u20ac\u2028\uffff";

    private RandomJsonValues() {
    }

    /**
     * @param random a seeded generator
     * @return its choices
     */
    static Choices from(Random random) {
        return new Choices() {
            @Override
            public int nextInt(int bound) {
                return random.nextInt(bound);
            }

            @Override
            public long nextLong() {
                return random.nextLong();
            }
        };
    }

    /**
     * @param data Jazzer's data; once it runs out every choice is the smallest, so generation still ends
     * @return its choices
     */
    static Choices from(FuzzedDataProvider data) {
        return new Choices() {
            @Override
            public int nextInt(int bound) {
                return data.consumeInt(0, bound - 1);
            }

            @Override
            public long nextLong() {
                return data.consumeLong();
            }
        };
    }

    /**
     * @param choices where the choices come from
     * @param depth how many more levels of containers may nest
     * @return a value
     */
    static JsonValue value(Choices choices, int depth) {
        int kind = choices.nextInt(depth > 0 ? 8 : 5);
        switch (kind) {
            case 0:
                return JsonValue.NullValue.INSTANCE;
            case 1:
                return JsonValue.BooleanValue.of(choices.nextBoolean());
            case 2:
                return number(choices);
            case 3:
            case 4:
                return new JsonValue.StringValue(string(choices));
            case 5:
            case 6: {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                for (int i = choices.nextInt(6); i > 0; i--) {
                    members.put(string(choices), value(choices, depth - 1));
                }
                return new JsonValue.ObjectValue(members);
            }
            default: {
                List<JsonValue> elements = new ArrayList<>();
                for (int i = choices.nextInt(6); i > 0; i--) {
                    elements.add(value(choices, depth - 1));
                }
                return new JsonValue.ArrayValue(elements);
            }
        }
    }

    /**
     * @param choices where the choices come from
     * @return a short string, possibly with escapes, non-ASCII and lone surrogates
     */
    static String string(Choices choices) {
        StringBuilder text = new StringBuilder();
        for (int i = choices.nextInt(12); i > 0; i--) {
            switch (choices.nextInt(6)) {
                case 0 -> text.append(SPECIAL.charAt(choices.nextInt(SPECIAL.length())));
                case 1 -> text.appendCodePoint(0x10000 + choices.nextInt(0x100000));
                case 2 -> text.append((char) (0xD800 + choices.nextInt(0x800)));
                case 3 -> text.append((char) choices.nextInt(0x10000));
                default -> text.append((char) (' ' + choices.nextInt(95)));
            }
        }
        return text.toString();
    }

    /**
     * @param choices where the choices come from
     * @return a number made in one of several ways: a long, a double, an exact decimal or a raw literal
     */
    static JsonValue.NumberValue number(Choices choices) {
        switch (choices.nextInt(4)) {
            case 0:
                return JsonValue.NumberValue.of(choices.nextLong());
            case 1: {
                double value = Double.longBitsToDouble(choices.nextLong());
                if (!Double.isFinite(value)) {
                    return JsonValue.NumberValue.of(0);
                }
                // Double.toString's form ("1.0E-5"), or the exact binary value, up to 767 significant digits.
                return choices.nextBoolean() ? JsonValue.NumberValue.of(Double.toString(value))
                        : JsonValue.NumberValue.of(new BigDecimal(value));
            }
            case 2:
                return JsonValue.NumberValue.of(new BigDecimal(BigInteger.valueOf(choices.nextLong()), choices.nextInt(80) - 40));
            default:
                return JsonValue.NumberValue.of(literal(choices));
        }
    }

    /**
     * A number literal built from parts that stress each parsing path: few and many digits, digits around 2^53, small
     * and large exponents, leading and trailing zeros.
     *
     * @param choices where the choices come from
     * @return a valid JSON number literal
     */
    static String literal(Choices choices) {
        StringBuilder literal = new StringBuilder();
        if (choices.nextBoolean()) {
            literal.append('-');
        }
        int integerDigits = choices.nextInt(4) == 0 ? 1 + choices.nextInt(25) : 1 + choices.nextInt(17);
        literal.append(integerDigits == 1 ? choices.nextInt(10) : 1 + choices.nextInt(9));
        for (int d = 1; d < integerDigits; d++) {
            literal.append(choices.nextInt(10) < 2 ? '0' : (char) ('0' + choices.nextInt(10)));
        }
        if (choices.nextBoolean()) {
            literal.append('.');
            int fractionDigits = 1 + choices.nextInt(choices.nextBoolean() ? 6 : 30);
            for (int d = 0; d < fractionDigits; d++) {
                literal.append((char) ('0' + choices.nextInt(10)));
            }
        }
        if (choices.nextBoolean()) {
            literal.append(choices.nextBoolean() ? 'e' : 'E');
            int sign = choices.nextInt(3);
            literal.append(sign == 0 ? "-" : sign == 1 ? "+" : "");
            literal.append(choices.nextInt(4) == 0 ? choices.nextInt(330) : choices.nextInt(30));
        }
        return literal.toString();
    }
}
