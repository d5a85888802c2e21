package dev.streamevent.runtime;

import static dev.streamevent.runtime.Json.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every limit: a value at the limit passes, one beyond fails with a {@link JsonException} that names the limit and
 * its value, and hostile inputs (a 100 MB string, 100,000 nested arrays, a two-billion exponent) fail fast with
 * bounded memory through every way of reading.
 */
class JsonLimitsTest {

    private static final JsonLimits SMALL = new JsonLimits(3, 5, 5, 3, 64);

    /** Every way of reading a whole document, each ending with the end-of-document check. */
    private static final List<Consumer<JsonReader>> EVERY_WAY = List.of(
            reader -> {
                reader.skipValue();
                reader.endOfDocument();
            },
            reader -> {
                reader.readRawValue();
                reader.endOfDocument();
            },
            reader -> {
                reader.readValue();
                reader.endOfDocument();
            });

    private static void assertWithin(JsonLimits limits, String json) {
        for (Consumer<JsonReader> way : EVERY_WAY) {
            way.accept(JsonReader.of(utf8(json), 0, utf8(json).length, limits));
        }
    }

    private static void assertBeyond(JsonLimits limits, String json, String limit) {
        byte[] bytes = utf8(json);
        for (Consumer<JsonReader> way : EVERY_WAY) {
            JsonException e = assertThrows(JsonException.class, () -> way.accept(JsonReader.of(bytes, 0, bytes.length, limits)));
            assertTrue(e.reason().contains(limit), () -> "expected " + limit + " in: " + e.getMessage());
        }
    }

    @Test
    void depth() {
        assertWithin(SMALL, "[[{\"a\":1}]]");
        assertBeyond(SMALL, "[[[[]]]]", "maxDepth=3");
        assertBeyond(SMALL, "{\"a\":{\"b\":{\"c\":{}}}}", "maxDepth=3");
    }

    @Test
    void stringLengthCountsInputBytes() {
        assertWithin(SMALL, "[\"abcde\",\"\\n\\n\",\"\u00e9\u00e9\"]");
        assertBeyond(SMALL, "\"abcdef\"", "maxStringLength=5");
        assertBeyond(SMALL, "[\"\\n\\n\\n\"]", "maxStringLength=5");
        assertBeyond(SMALL, "[\"\u00e9\u00e9\u00e9\"]", "maxStringLength=5");
        JsonException e = assertThrows(JsonException.class,
                () -> JsonReader.of(utf8("\"abcdef\""), 0, 8, SMALL).readString());
        assertEquals(0, e.offset(), "points at the string's start");
    }

    @Test
    void numberLength() {
        assertWithin(SMALL, "[12345,-1234,1.5e3]");
        assertBeyond(SMALL, "123456", "maxNumberLength=5");
        assertBeyond(SMALL, "[-1.5e10]", "maxNumberLength=5");
        for (Consumer<JsonReader> read : List.<Consumer<JsonReader>>of(JsonReader::readLong, JsonReader::readInt,
                JsonReader::readDouble, JsonReader::readBigDecimal, JsonReader::readBigInteger, JsonReader::readFloat)) {
            JsonException e = assertThrows(JsonException.class, () -> read.accept(JsonReader.of(utf8("123456"), 0, 6, SMALL)));
            assertTrue(e.reason().contains("maxNumberLength=5"), e.getMessage());
        }
    }

    @Test
    void nameLength() {
        assertWithin(SMALL, "{\"abc\":\"abcde\"}");
        assertBeyond(SMALL, "{\"abcd\":1}", "maxNameLength=3");
        JsonException e = assertThrows(JsonException.class, () -> {
            JsonReader reader = JsonReader.of(utf8("{\"abcd\":1}"), 0, 10, SMALL);
            reader.beginObject();
            reader.nextField(JsonNames.of("abcd"));
        });
        assertTrue(e.reason().contains("maxNameLength=3"), e.getMessage());
    }

    @Test
    void documentSize() {
        byte[] json = utf8("[" + "1,".repeat(40) + "1]");
        JsonException e = assertThrows(JsonException.class, () -> JsonReader.of(json, 0, json.length, SMALL));
        assertTrue(e.reason().contains("maxDocumentSize=64"), e.getMessage());
        JsonReader.of(json, 0, 64, SMALL);
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> JsonLimits.DEFAULT.withMaxDepth(0));
        assertThrows(IllegalArgumentException.class, () -> JsonLimits.DEFAULT.withMaxStringLength(-1));
        assertEquals(new JsonLimits(512, 32 << 20, 1000, 8 << 10, 64 << 20), JsonLimits.DEFAULT);
    }

    @Test
    @Timeout(60)
    void aHundredMegabyteStringFailsFastWithBoundedMemory() {
        byte[] json = new byte[100 << 20];
        JsonLimits roomy = JsonLimits.DEFAULT.withMaxDocumentSize(Integer.MAX_VALUE);
        for (byte[] unit : new byte[][] {{'a'}, {(byte) 0xC3, (byte) 0xA9}, {'\\', 'n'}}) {
            fill(json, "\"", unit);
            List<Consumer<JsonReader>> ways = List.of(JsonReader::readString, JsonReader::skipValue,
                    JsonReader::readRawValue, JsonReader::readValue, reader -> reader.readStringIndex(JsonNames.of("a")));
            for (Consumer<JsonReader> way : ways) {
                long allocated = Allocation.bytesAllocatedBy(() -> {
                    JsonException e = assertThrows(JsonException.class, () -> way.accept(JsonReader.of(json, 0, json.length, roomy)));
                    assertTrue(e.reason().contains("maxStringLength=" + (32 << 20)), e.getMessage());
                });
                assertTrue(allocated < (1 << 20), "allocated " + allocated + " bytes");
            }
            // As a member name, the name limit stops it far sooner.
            fill(json, "{\"", unit);
            JsonException e = assertThrows(JsonException.class, () -> JsonReader.of(json, 0, json.length, roomy).skipValue());
            assertTrue(e.reason().contains("maxNameLength=8192"), e.getMessage());
        }
        // With the default limits the document itself is too large, before any reading.
        JsonException e = assertThrows(JsonException.class, () -> JsonValue.parse(json));
        assertTrue(e.reason().contains("maxDocumentSize=" + (64 << 20)), e.getMessage());
    }

    /** Fills the array with a prefix, then the unit repeated, then a closing quote. */
    private static void fill(byte[] json, String prefix, byte[] unit) {
        byte[] start = utf8(prefix);
        System.arraycopy(start, 0, json, 0, start.length);
        int i = start.length;
        for (; i + unit.length < json.length; i += unit.length) {
            System.arraycopy(unit, 0, json, i, unit.length);
        }
        Arrays.fill(json, i, json.length, (byte) '"');
    }

    @Test
    @Timeout(60)
    void aHundredThousandNestedArraysFailAtTheDepthLimit() {
        byte[] arrays = new byte[100_000];
        Arrays.fill(arrays, (byte) '[');
        byte[] objects = utf8("{\"a\":".repeat(100_000));
        for (byte[] json : new byte[][] {arrays, objects}) {
            for (Consumer<JsonReader> way : EVERY_WAY) {
                long allocated = Allocation.bytesAllocatedBy(() -> {
                    JsonException e = assertThrows(JsonException.class, () -> way.accept(JsonReader.of(json)));
                    assertTrue(e.reason().contains("maxDepth=512"), e.getMessage());
                    assertEquals(512, e.offset() / (json == arrays ? 1 : 5));
                });
                assertTrue(allocated < (1 << 20), "allocated " + allocated + " bytes");
            }
            assertThrows(JsonException.class, () -> JsonValue.parse(json));
        }
    }

    @Test
    @Timeout(60)
    void nestingIsIterativeSoARaisedLimitMeetsNoStackOverflow() {
        int depth = 100_000;
        byte[] json = utf8("[".repeat(depth) + "]".repeat(depth));
        JsonLimits deep = JsonLimits.DEFAULT.withMaxDepth(depth);
        for (Consumer<JsonReader> way : EVERY_WAY) {
            way.accept(JsonReader.of(json, 0, json.length, deep));
        }
        JsonValue value = JsonReader.of(json, 0, json.length, deep).readValue();
        // Writing it back meets the writer's own limit, again as an exception.
        assertThrows(JsonException.class, value::toJson);
    }

    @Test
    @Timeout(20) // a safety bound: each of these would take hours, or all memory, done naively
    void hugeExponentsCostNothing() {
        String huge = "1e2000000000";
        assertThrows(JsonException.class, () -> JsonReader.of(utf8(huge)).readLong());
        assertThrows(JsonException.class, () -> JsonReader.of(utf8(huge)).readInt());
        assertThrows(JsonException.class, () -> JsonReader.of(utf8(huge)).readDouble());
        assertThrows(JsonException.class, () -> JsonReader.of(utf8(huge)).readBigInteger());
        assertThrows(JsonException.class, () -> JsonReader.of(utf8("-1e-2000000000")).readBigInteger());
        assertThrows(JsonException.class, () -> JsonReader.of(utf8("1e-2000000000")).readLong());
        assertEquals(2_000_000_000, -JsonReader.of(utf8(huge)).readBigDecimal().scale());

        String longMantissa = "9".repeat(900);
        List<String> literals = List.of(huge, "1", "-1e2000000000", "1e-2000000000", "10e1999999999",
                "0.1e2000000001", "1e2147483647", "1e-2147483648", longMantissa + "e2000000000", "1e" + "9".repeat(990),
                "1e-" + "9".repeat(990), longMantissa + "e-" + "9".repeat(90));
        for (String a : literals) {
            JsonValue x = JsonValue.parse(a);
            x.hashCode();
            for (String b : literals) {
                x.equals(JsonValue.parse(b));
            }
        }
        JsonValue.NumberValue number = (JsonValue.NumberValue) JsonValue.parse(huge);
        assertThrows(JsonException.class, number::longValue);
        assertEquals(Double.POSITIVE_INFINITY, number.doubleValue());
        assertEquals(new BigDecimal(huge), number.bigDecimalValue());
    }

    @Test
    void numberEqualityIsByValue() {
        String[][] equal = {{"1", "1.0", "1e0", "10e-1", "0.1e1", "1.000E+0", "100e-2"}, {"0", "-0", "0.0", "0e5", "-0.0e-5"},
            {"1e2000000000", "10e1999999999", "0.1e2000000001"}, {"-1.5", "-15e-1", "-0.15e1"},
            {"1e" + "9".repeat(990), "10e" + "9".repeat(989) + "8"}};
        for (String[] group : equal) {
            for (String a : group) {
                for (String b : group) {
                    JsonValue x = JsonValue.parse(a);
                    JsonValue y = JsonValue.parse(b);
                    assertEquals(x, y, a + " = " + b);
                    assertEquals(x.hashCode(), y.hashCode(), a + " hash = " + b);
                }
            }
        }
        String[] distinct = {"1", "-1", "1e2000000000", "1e2000000001", "1e-2000000000", "1.5", "15", "0", "1e" + "9".repeat(990)};
        for (String a : distinct) {
            for (String b : distinct) {
                assertEquals(a.equals(b), JsonValue.parse(a).equals(JsonValue.parse(b)), a + " vs " + b);
            }
        }
        assertNotEquals(JsonValue.parse("1"), JsonValue.parse("\"1\""));
        assertFalse(JsonValue.parse("1").equals(null));
    }
}
