package dev.streamevent.processor.roundtrip;

import dev.streamevent.runtime.JsonValue;
import dev.streamevent.runtime.JsonWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Small seeded generators of awkward values: empty and long strings with escapes, control characters and surrogate
 * pairs; numbers at their extremes (including -0.0 and subnormals); nested JSON; empty and full containers.
 */
final class RandomValues {
    private static final int[] INTS = {Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, 1};
    private static final long[] LONGS = {Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, 1L << 53, (1L << 53) + 1};
    private static final double[] DOUBLES = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL,
        0.0, -0.0, 1e15, 1e-7, 0.1, 123456789.125};
    private static final float[] FLOATS = {Float.MAX_VALUE, Float.MIN_VALUE, -0.0f, 0.0f, 0.1f, 16777217f};
    private static final String[] SPECIAL = {"\"", "\\", "/", "\n", "\t", "\u0000", "\u001f", "\u007f", "\u00e9",
        "\u2028", "\uffff", "\ud83d\ude00", "\u4e2d"};

    private final Random random;

    RandomValues(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    String string() {
        int length = chance(10) ? 0 : random.nextInt(chance(10) ? 200 : 12);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(4)) {
                case 0:
                    out.append(SPECIAL[random.nextInt(SPECIAL.length)]);
                    break;
                case 1:
                    out.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000 + 1));
                    break;
                default:
                    out.append((char) (' ' + random.nextInt(95)));
                    break;
            }
        }
        return out.toString();
    }

    int anInt() {
        return chance(30) ? INTS[random.nextInt(INTS.length)] : random.nextInt();
    }

    long aLong() {
        return chance(30) ? LONGS[random.nextInt(LONGS.length)] : random.nextLong();
    }

    double aDouble() {
        if (chance(30)) {
            return DOUBLES[random.nextInt(DOUBLES.length)];
        }
        double bits = Double.longBitsToDouble(random.nextLong());
        return Double.isFinite(bits) ? bits : random.nextGaussian();
    }

    float aFloat() {
        if (chance(30)) {
            return FLOATS[random.nextInt(FLOATS.length)];
        }
        float bits = Float.intBitsToFloat(random.nextInt());
        return Float.isFinite(bits) ? bits : (float) random.nextGaussian();
    }

    BigDecimal bigDecimal() {
        return new BigDecimal(bigInteger(), random.nextInt(41) - 20);
    }

    BigInteger bigInteger() {
        BigInteger value = new BigInteger(random.nextInt(300), random);
        return chance(50) ? value.negate() : value;
    }

    /** A JSON value of any kind, nested at most {@code depth} levels. */
    JsonValue json(int depth) {
        JsonWriter writer = JsonWriter.create();
        writeJson(writer, depth);
        return JsonValue.parse(writer.toByteArray());
    }

    private void writeJson(JsonWriter writer, int depth) {
        switch (random.nextInt(depth > 0 ? 7 : 5)) {
            case 0:
                writer.value(string());
                break;
            case 1:
                writer.value(chance(50) ? (double) anInt() : aDouble());
                break;
            case 2:
                writer.value(chance(50));
                break;
            case 3:
                writer.nullValue();
                break;
            case 4:
                writer.value(bigInteger());
                break;
            case 5:
                writer.beginArray();
                for (int i = random.nextInt(4); i > 0; i--) {
                    writeJson(writer, depth - 1);
                }
                writer.endArray();
                break;
            default:
                writer.beginObject();
                for (String key : map(this::string, 4).keySet()) {
                    writer.name(key);
                    writeJson(writer, depth - 1);
                }
                writer.endObject();
                break;
        }
    }

    <T> List<T> list(Supplier<T> element, int maxSize) {
        List<T> list = new ArrayList<>();
        for (int i = random.nextInt(maxSize + 1); i > 0; i--) {
            list.add(element.get());
        }
        return list;
    }

    /** A map with distinct random keys, in random insertion order. */
    <T> Map<String, T> map(Supplier<T> value, int maxSize) {
        Map<String, T> map = new LinkedHashMap<>();
        for (int i = random.nextInt(maxSize + 1); i > 0; i--) {
            map.put(string(), value.get());
        }
        return map;
    }

    /** Shuffles a list in place with this generator's randomness. */
    <T> void shuffle(List<T> list) {
        Collections.shuffle(list, random);
    }
}
