package dev.streamevent.runtime;

import static dev.streamevent.runtime.Json.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The writer: separators, numbers that read back exactly, and the depth limit. */
class JsonWriterTest {

    private static double writeAndReadBack(double value) {
        JsonWriter writer = JsonWriter.create();
        writer.value(value);
        JsonReader reader = JsonReader.of(writer.toByteArray());
        double read = reader.readDouble();
        reader.endOfDocument();
        return read;
    }

    @Test
    void randomDoublesReadBackIdentically() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            // Random bit patterns cover every exponent, subnormals included; NaN and infinities are not JSON.
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(value)) {
                assertEquals(Double.doubleToRawLongBits(value), Double.doubleToRawLongBits(writeAndReadBack(value)),
                        () -> Double.toString(value));
            }
        }
        for (int i = 0; i < 20_000; i++) {
            double value = random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
            assertEquals(value, writeAndReadBack(value));
            double integral = (double) (random.nextLong() >> random.nextInt(64));
            assertEquals(integral, writeAndReadBack(integral));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
        -Double.MAX_VALUE, 0.1, 1e23, 9007199254740993.0, 2.2250738585072011e-308, 1e15, 1e16, 999999999999999.0,
        -999999999999999.0, 123.0, 1e7})
    void edgeDoublesReadBackIdentically(double value) {
        assertEquals(Double.doubleToRawLongBits(value), Double.doubleToRawLongBits(writeAndReadBack(value)));
    }

    @Test
    void integralDoublesAreWrittenWithDigitsAndPointZero() {
        JsonWriter writer = JsonWriter.create();
        writer.beginArray();
        writer.value(0.0);
        writer.value(-0.0);
        writer.value(42.0);
        writer.value(-7.0);
        writer.value(12345678.0);
        writer.value(999999999999999.0);
        writer.value(1e15);
        writer.value(0.5);
        writer.endArray();
        assertEquals("[0.0,-0.0,42.0,-7.0,12345678.0,999999999999999.0,1.0E15,0.5]", writer.toString());
    }

    @Test
    void nonFiniteNumbersAreRefused() {
        JsonWriter writer = JsonWriter.create();
        assertThrows(JsonException.class, () -> writer.value(Double.NaN));
        assertThrows(JsonException.class, () -> writer.value(Double.POSITIVE_INFINITY));
        assertThrows(JsonException.class, () -> writer.value(Float.NEGATIVE_INFINITY));
        assertEquals(0, writer.size());
    }

    @Test
    void integersAndExactNumbersAreWrittenExactly() {
        JsonWriter writer = JsonWriter.create();
        writer.beginArray();
        writer.value(Long.MIN_VALUE);
        writer.value(Long.MAX_VALUE);
        writer.value(0L);
        writer.value(-1);
        writer.value(Integer.MIN_VALUE);
        writer.value(1_000_000_000_000_000_000L);
        writer.value(999_999_999_999_999_999L);
        writer.value(new BigInteger("123456789012345678901234567890"));
        writer.value(new BigDecimal("1E+3"));
        writer.value((BigDecimal) null);
        writer.value(1.5f);
        writer.endArray();
        assertEquals("[-9223372036854775808,9223372036854775807,0,-1,-2147483648,1000000000000000000,"
                + "999999999999999999,123456789012345678901234567890,1E+3,null,1.5]", writer.toString());
        JsonValue.parse(writer.toByteArray());
    }

    @Test
    void separatorsArePlacedForTheCaller() throws IOException {
        JsonNames names = JsonNames.of("id", "na\"me");
        JsonWriter writer = JsonWriter.create();
        writer.beginObject();
        writer.name(names, 0);
        writer.value("x");
        writer.name(names, 1);
        writer.beginArray();
        writer.value(true);
        writer.nullValue();
        writer.value(names, 1);
        writer.rawValue(utf8("{\"a\":[]}"));
        writer.beginObject();
        writer.endObject();
        writer.endArray();
        writer.name("caf\u00e9");
        writer.value(false);
        writer.endObject();
        String expected = "{\"id\":\"x\",\"na\\\"me\":[true,null,\"na\\\"me\",{\"a\":[]},{}],\"caf\u00e9\":false}";
        assertEquals(expected, writer.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(out);
        assertArrayEquals(utf8(expected), out.toByteArray());
        writer.reset();
        writer.value(1);
        assertEquals("1", writer.toString());
    }

    @Test
    void aNullNameIsRefusedRatherThanWrittenAsNull() {
        JsonWriter writer = JsonWriter.create();
        writer.beginObject();
        assertThrows(NullPointerException.class, () -> writer.name((String) null));
    }

    /** A codec for an endlessly nested value: what a cyclic structure does to a naive writer. */
    private static final class EndlessNesting implements JsonCodec<Object> {
        @Override
        public Object read(JsonReader reader) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void write(JsonWriter writer, Object value) {
            writer.beginArray();
            write(writer, value);
            writer.endArray();
        }
    }

    @Test
    void deepNestingFailsAtTheDepthLimitNotWithAStackOverflow() {
        JsonException e = assertThrows(JsonException.class, () -> new EndlessNesting().encode("cycle"));
        assertTrue(e.getMessage().contains("maxDepth=" + JsonWriter.DEFAULT_MAX_DEPTH), e.getMessage());

        JsonWriter writer = JsonWriter.create(10_000);
        for (int i = 0; i < 10_000; i++) {
            writer.beginArray();
        }
        JsonException beyond = assertThrows(JsonException.class, writer::beginArray);
        assertTrue(beyond.getMessage().contains("maxDepth=10000"), beyond.getMessage());
        // The failed call left the writer consistent: every open array can still be closed.
        for (int i = 0; i < 10_000; i++) {
            writer.endArray();
        }
        assertThrows(IllegalStateException.class, writer::endArray);
        assertEquals(20_000, writer.size());
    }
}
