package dev.streamevent.runtime;

import static dev.streamevent.runtime.Json.failure;
import static dev.streamevent.runtime.Json.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers: integer ranges, correctly rounded doubles, exact big numbers, and the grammar. */
class JsonReaderNumberTest {

    private static JsonReader reader(String json) {
        return JsonReader.of(utf8(json));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0", "-0, 0", "7, 7", "-7, -7",
        "123456789012345678, 123456789012345678",
        "9223372036854775807, 9223372036854775807",
        "-9223372036854775808, -9223372036854775808",
        "2.0, 2", "1e3, 1000", "1E+3, 1000", "-2.50e1, -25", "0.0, 0", "-0.0e5, 0", "100e-2, 1",
        "9.223372036854775807e18, 9223372036854775807"
    })
    void readLongAcceptsIntegralValues(String json, long expected) {
        JsonReader reader = reader(json);
        assertEquals(expected, reader.readLong());
        reader.endOfDocument();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "-9223372036854775809", "10000000000000000000",
        "99999999999999999999", "-99999999999999999999", "9.223372036854775808e18", "1e19", "1e2000000000"})
    void readLongRejectsOverflow(String json) {
        JsonException e = failure(json, JsonReader::readLong);
        assertTrue(e.reason().contains("range of long") || e.reason().contains("out of range for long"), e.getMessage());
        assertEquals(0, e.offset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "-0.1", "1e-1", "123.456", "1e-2000000000", "0.5e0", "2.51e1"})
    void readLongRejectsFractions(String json) {
        JsonException e = failure(json, JsonReader::readLong);
        assertTrue(e.reason().contains("not an integer"), e.getMessage());
    }

    @Test
    void readIntChecksItsRangeAndPointsAtTheNumber() {
        assertEquals(Integer.MAX_VALUE, reader("2147483647").readInt());
        assertEquals(Integer.MIN_VALUE, reader("-2147483648").readInt());
        JsonException e = failure("[1, 2147483648]", r -> {
            r.beginArray();
            r.nextElement();
            r.readInt();
            r.nextElement();
            r.readInt();
        });
        assertEquals(4, e.offset());
        assertEquals("$[1]", e.path());
    }

    /** readInt takes a short way for one digit followed by a byte that cannot go on with the number. */
    @Test
    void readIntReadsAFirstElementOfOneOrMoreDigits() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("[0,1]", 0);
        expected.put("[7]", 7);
        expected.put("[9 ]", 9);
        expected.put("[3\n]", 3);
        expected.put("[12]", 12);
        expected.put("[90]", 90);
        expected.put("[5.0]", 5);
        expected.put("[5e0]", 5);
        expected.put("[5E1]", 50);
        expected.put("[0.0]", 0);
        expected.put("[1e+1]", 10);
        expected.forEach((json, value) -> {
            JsonReader reader = reader(json);
            reader.beginArray();
            reader.nextElement();
            assertEquals(value, reader.readInt(), json);
            while (reader.nextElement()) {
                reader.skipValue();
            }
            reader.endOfDocument();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"[/,1]", "[:]", "[+,1]", "[-]", "[-,1]", "[05]", "[5.]", "[5e]", "[\"5\"]"})
    void readIntRejectsWhatIsNotANumberRightAroundTheDigits(String json) {
        JsonException e = failure(json, r -> {
            r.beginArray();
            r.nextElement();
            r.readInt();
        });
        assertTrue(e.offset() >= 1, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "-01", "00", "+1", "-", "1.", ".5", "1e", "1e+", "2.e3", "0x10", "Infinity", "-Infinity",
        "NaN", "- 1", "1.e5"})
    void malformedNumbersAreRejectedByEveryReadingMethod(String json) {
        List<Consumer<JsonReader>> ways = List.of(JsonReader::readLong, JsonReader::readDouble, JsonReader::readBigDecimal,
                JsonReader::readBigInteger, JsonReader::readFloat, JsonReader::skipValue, JsonReader::readValue);
        for (Consumer<JsonReader> way : ways) {
            failure(json, r -> {
                way.accept(r);
                r.endOfDocument();
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "-0.0", "0.1", "0.3", "1e23", "8.41e21", "9007199254740993", "9007199254740992",
        "2.2250738585072011e-308", "2.2250738585072012e-308", "4.9e-324", "2.4703282292062328e-324",
        "2.4703282292062327e-324", "1.7976931348623157e308", "1.7976931348623158e308", "123456789012345678901234567890",
        "0.30000000000000004", "3.141592653589793", "1e22", "1e-22", "123456789012345e-10", "9007199254740991e22",
        "0.000000000000000000000000000001", "1E-400", "1.00000000000000011102230246251565404236316680908203125",
        "1.00000000000000011102230246251565404236316680908203124",
        "1.00000000000000011102230246251565404236316680908203126", "7.2057594037927933e16", "1448997445238699",
        "-9007199254740993e-3", "5e-324", "100000000000000000000000"})
    void readDoubleIsCorrectlyRounded(String json) {
        assertDoubleReadsLikeTheJdk(json);
    }

    /** Random literals ({@link RandomJsonValues#literal}); the JDK's parser is the reference, being correctly rounded. */
    @Test
    void readDoubleMatchesTheJdkOnRandomLiterals() {
        RandomJsonValues.Choices random = RandomJsonValues.from(new Random(20260101));
        for (int i = 0; i < 50_000; i++) {
            assertDoubleReadsLikeTheJdk(RandomJsonValues.literal(random));
        }
    }

    private static void assertDoubleReadsLikeTheJdk(String literal) {
        double expected = Double.parseDouble(literal);
        if (Double.isInfinite(expected)) {
            failure(literal, JsonReader::readDouble);
            return;
        }
        JsonReader reader = reader(literal);
        double actual = reader.readDouble();
        reader.endOfDocument();
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), literal);
    }

    @Test
    void readDoubleRejectsWhatADoubleCannotHold() {
        JsonException e = failure("[1e400]", r -> {
            r.beginArray();
            r.nextElement();
            r.readDouble();
        });
        assertTrue(e.reason().contains("too large for a double"), e.getMessage());
        assertEquals(1, e.offset());
        failure("-1e2000000000", JsonReader::readDouble);
        assertEquals(0.0, reader("1e-2000000000").readDouble());
    }

    @Test
    void readFloatIsCorrectlyRounded() {
        for (String literal : new String[] {"0.1", "3.4028235e38", "1.4e-45", "16777217", "-0"}) {
            assertEquals(Float.floatToRawIntBits(Float.parseFloat(literal)),
                    Float.floatToRawIntBits(reader(literal).readFloat()), literal);
        }
        failure("3.5e38", JsonReader::readFloat);
    }

    @Test
    @Timeout(10) // a safety bound: rounding 1e-2000000000 exactly would compute ten to the two-billionth power
    void bigNumbersAreExact() {
        String digits = "123456789012345678901234567890123456789012345678901234567890";
        assertEquals(new BigInteger(digits), reader(digits).readBigInteger());
        assertEquals(new BigInteger("-" + digits), reader("-" + digits).readBigInteger());
        assertEquals(new BigDecimal(digits + ".000001e-7"), reader(digits + ".000001e-7").readBigDecimal());
        assertEquals(new BigInteger("1000"), reader("1e3").readBigInteger());
        assertEquals(new BigInteger("25"), reader("2.50e1").readBigInteger());
        assertEquals(BigInteger.ZERO, reader("0.000e-5").readBigInteger());
        assertEquals(BigInteger.TEN.pow(400), reader("1e400").readBigInteger());
        for (String notInteger : new String[] {"1.5", "2.51e1", "1e-1", "0.5", "1e-2000000000"}) {
            JsonException e = failure(notInteger, JsonReader::readBigInteger);
            assertTrue(e.reason().contains("not an integer"), e.getMessage());
        }
        JsonException tooBig = failure("1e2000000000", JsonReader::readBigInteger);
        assertTrue(tooBig.reason().contains("maxNumberLength=1000"), tooBig.getMessage());
        JsonException beyondBigDecimal = failure("1e9999999999", JsonReader::readBigDecimal);
        assertTrue(beyondBigDecimal.reason().contains("beyond BigDecimal's range"), beyondBigDecimal.getMessage());
    }

    @Test
    void numbersEndWhereTheGrammarSays() {
        JsonReader reader = reader("[1,-2.5e-3,0,3]");
        reader.beginArray();
        List<Object> values = new ArrayList<>();
        reader.nextElement();
        values.add(reader.readLong());
        reader.nextElement();
        values.add(reader.readDouble());
        reader.nextElement();
        values.add(reader.readBigInteger());
        reader.nextElement();
        values.add(reader.readBigDecimal());
        assertEquals(false, reader.nextElement());
        reader.endOfDocument();
        assertEquals(List.of(1L, -2.5e-3, BigInteger.ZERO, new BigDecimal("3")), values);
        // A literal followed directly by a letter is not a number followed by something else.
        failure("1x", r -> {
            r.readLong();
            r.endOfDocument();
        });
        failure("[1true]", JsonReader::skipValue);
    }
}
