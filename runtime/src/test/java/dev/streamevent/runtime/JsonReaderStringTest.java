package dev.streamevent.runtime;

import static dev.streamevent.runtime.Json.bytes;
import static dev.streamevent.runtime.Json.failure;
import static dev.streamevent.runtime.Json.readWholeString;
import static dev.streamevent.runtime.Json.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Strings: escapes, UTF-8 in both directions, the lone-surrogate policy, and name matching. */
class JsonReaderStringTest {

    @Test
    void everyEscapeDecodes() {
        String json = "\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0041 \\u00e9 \\u20AC \\u20ac \\u0000\"";
        assertEquals("\" \\ / \b \f \n \r \t A \u00e9 \u20ac \u20ac \u0000", readWholeString(utf8(json)));
    }

    @Test
    void surrogatePairEscapesMakeOneCodePoint() {
        String decoded = readWholeString(utf8("\"\\uD83D\\uDE00 \\ud834\\udd1e\""));
        assertEquals(new String(Character.toChars(0x1F600)) + " " + new String(Character.toChars(0x1D11E)), decoded);
    }

    @ParameterizedTest
    @ValueSource(strings = {"caf\u00e9", "\u20ac 100", "\ud83d\ude00", "a\u00e9\u20ac\ud83d\ude00z", "\u00e9\n\ud83d\ude00"})
    void rawMultiByteUtf8Decodes(String text) {
        JsonWriter writer = JsonWriter.create();
        writer.value(text);
        assertEquals(text, readWholeString(writer.toByteArray()));
        // The same text with an escape in front takes the decoding path instead of the plain one.
        assertEquals("\t" + text, readWholeString(utf8("\"\\t" + text.replace("\n", "\\n") + "\"")));
    }

    /** ASCII runs between escapes and non-ASCII text are widened two ways, by length; every length must decode. */
    @Test
    void asciiRunsOfEveryLengthAroundEscapesDecode() {
        for (int length = 0; length <= 100; length++) {
            StringBuilder run = new StringBuilder();
            for (int i = 0; i < length; i++) {
                run.append((char) ('!' + (i * 7 + length) % 90));
            }
            String ascii = run.toString().replace("\"", "'").replace("\\", "/");
            String text = ascii + "\n" + ascii + "\u00e9" + ascii + "\u2019" + ascii + "\ud83d\ude00" + ascii;
            JsonWriter writer = JsonWriter.create();
            writer.value(text);
            assertEquals(text, readWholeString(writer.toByteArray()), "runs of " + length);
        }
    }

    @Test
    void delIsAllowedRawButControlCharactersAreNot() {
        assertEquals("a\u007fb", readWholeString(bytes("\"a<7f>b\"")));
        for (int control : new int[] {0x00, 0x0a, 0x1f}) {
            JsonException e = failure(bytes("\"ab<" + String.format("%02x", control) + ">\""), JsonReader::readString);
            assertTrue(e.reason().contains("must be escaped"), e.getMessage());
            assertEquals(3, e.offset());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\\x\"", "\"\\u12\"", "\"\\u12G4\"", "\"\\U1234\"", "\"\\'\"", "\"\\", "\"\\u00", "\"abc"})
    void malformedEscapesAndUnterminatedStringsAreRejected(String json) {
        failure(json, JsonReader::readString);
        failure(json, JsonReader::skipValue);
    }

    static Stream<Arguments> invalidUtf8() {
        return Stream.of(
                Arguments.of("overlong 2-byte '/'", "<c0><af>", 0),
                Arguments.of("overlong 2-byte", "<c1><bf>", 0),
                Arguments.of("overlong 3-byte", "<e0><80><af>", 0),
                Arguments.of("overlong 3-byte U+07FF", "<e0><9f><bf>", 0),
                Arguments.of("overlong 4-byte", "<f0><80><80><af>", 0),
                Arguments.of("overlong 4-byte U+FFFF", "<f0><8f><bf><bf>", 0),
                Arguments.of("encoded high surrogate", "<ed><a0><80>", 0),
                Arguments.of("encoded low surrogate", "<ed><bf><bf>", 0),
                Arguments.of("CESU-8 pair", "<ed><a0><bd><ed><b8><80>", 0),
                Arguments.of("above U+10FFFF", "<f4><90><80><80>", 0),
                Arguments.of("lead byte above F4", "<f5><80><80><80>", 0),
                Arguments.of("byte FE", "<fe>", 0),
                Arguments.of("byte FF", "<ff>", 0),
                Arguments.of("2-byte cut short", "<c3>", 0),
                Arguments.of("3-byte cut short", "<e2><82>", 0),
                Arguments.of("4-byte cut short", "<f0><9f><98>", 0),
                Arguments.of("continuation replaced by ASCII", "<e2>a<ac>", 0),
                Arguments.of("stray continuation", "<80>", 0),
                Arguments.of("stray continuation after a character", "<c3><a9><a9>", 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUtf8")
    void invalidUtf8IsRejectedInValuesNamesAndSkippedValues(String description, String badBytes, int badByte) {
        JsonNames names = JsonNames.of("a");
        Consumer<JsonReader> skipWholeDocument = reader -> {
            reader.skipValue();
            reader.endOfDocument();
        };
        // A value, read in every way.
        byte[] value = bytes("\"ok" + badBytes + "\"");
        assertInvalidUtf8At(3 + badByte, value, JsonReader::readString);
        assertInvalidUtf8At(3 + badByte, value, reader -> reader.readStringIndex(names));
        assertInvalidUtf8At(3 + badByte, value, skipWholeDocument);
        assertInvalidUtf8At(3 + badByte, value, JsonReader::readRawValue);
        assertInvalidUtf8At(3 + badByte, value, JsonReader::readValue);
        // A member name, matched against a table or not, and a skipped nested value.
        byte[] name = bytes("{\"a" + badBytes + "\":1}");
        assertInvalidUtf8At(3 + badByte, name, reader -> {
            reader.beginObject();
            reader.nextField(names);
        });
        assertInvalidUtf8At(3 + badByte, name, reader -> {
            reader.beginObject();
            reader.nextField();
        });
        assertInvalidUtf8At(3 + badByte, name, skipWholeDocument);
        assertInvalidUtf8At(3 + badByte, name, JsonReader::readValue);
        byte[] nested = bytes("[{\"k\":[\"" + badBytes + "\"]}]");
        assertInvalidUtf8At(8 + badByte, nested, skipWholeDocument);
        assertInvalidUtf8At(8 + badByte, nested, JsonReader::readRawValue);
        // The same input at the very end of the document, with no closing quote to stop at.
        byte[] truncated = bytes("\"ok" + badBytes);
        assertInvalidUtf8At(3 + badByte, truncated, JsonReader::readString);
    }

    private static void assertInvalidUtf8At(int offset, byte[] json, Consumer<JsonReader> action) {
        JsonException e = failure(json, action);
        assertTrue(e.reason().startsWith("invalid UTF-8"), e.getMessage());
        assertEquals(offset, e.offset(), e.getMessage());
    }

    @Test
    void escapedLoneSurrogatesAreKeptAndWrittenBackAsEscapes() {
        String json = "[\"\\uD800\",\"a\\udc00b\",\"\\uD800\\u0041\",\"\\uDE00\\uD83D\"]";
        JsonValue value = JsonValue.parse(json);
        JsonValue.ArrayValue array = (JsonValue.ArrayValue) value;
        assertEquals(new JsonValue.StringValue("\ud800"), array.elements().get(0));
        assertEquals(new JsonValue.StringValue("a\udc00b"), array.elements().get(1));
        assertEquals(new JsonValue.StringValue("\ud800A"), array.elements().get(2));
        assertEquals(new JsonValue.StringValue("\ude00\ud83d"), array.elements().get(3));

        byte[] written = value.toJsonBytes();
        assertEquals("[\"\\ud800\",\"a\\udc00b\",\"\\ud800A\",\"\\ude00\\ud83d\"]",
                new String(written, StandardCharsets.US_ASCII));
        assertEquals(value, JsonValue.parse(written));
    }

    @Test
    void namesWithEscapesOrNonAsciiMatchTheTable() {
        JsonNames names = JsonNames.of("type", "na\u00efve", "\ud83d\ude00");
        JsonReader reader = JsonReader.of(utf8("{\"\\u0074ype\":1,\"na\u00efve\":2,\"na\\u00efve\":3,\"\\uD83D\\uDE00\":4,"
                + "\"\ud83d\ude00\":5,\"other\":6}"));
        reader.beginObject();
        int[] expected = {0, 1, 1, 2, 2, JsonReader.UNKNOWN};
        for (int index : expected) {
            assertEquals(index, reader.nextField(names));
            reader.skipValue();
        }
        assertEquals(JsonReader.END, reader.nextField(names));
    }

    @Test
    void anEscapedLoneSurrogateNameMatchesOnlyItself() {
        JsonReader reader = JsonReader.of(utf8("{\"\\uD800\":1,\"?\":2,\"\\ud800\":3}"));
        JsonNames question = JsonNames.of("?");
        JsonNames surrogate = JsonNames.of("\ud800");
        reader.beginObject();
        assertEquals(JsonReader.UNKNOWN, reader.nextField(question));
        reader.skipValue();
        assertEquals(JsonReader.UNKNOWN, reader.nextField(surrogate));
        reader.skipValue();
        assertEquals(0, reader.nextField(surrogate));
        reader.skipValue();
    }

    @Test
    void readStringIndexFindsValuesAndKeepsTheOthers() {
        JsonNames values = JsonNames.of("in_progress", "completed");
        JsonReader reader = JsonReader.of(utf8("[\"completed\",\"\\u0063ompleted\",\"queued\",\"caf\\u00e9\"]"));
        reader.beginArray();
        reader.nextElement();
        assertEquals(1, reader.readStringIndex(values));
        reader.nextElement();
        assertEquals(1, reader.readStringIndex(values));
        reader.nextElement();
        assertEquals(JsonReader.UNKNOWN, reader.readStringIndex(values));
        assertEquals("queued", reader.lastString());
        reader.nextElement();
        assertEquals(JsonReader.UNKNOWN, reader.readStringIndex(values));
        assertEquals("caf\u00e9", reader.lastString());
    }

    @Test
    void writerEscapesWhatJsonRequiresAndNothingElse() {
        JsonWriter writer = JsonWriter.create();
        writer.value("\" \\ / \b \f \n \r \t \u0000 \u001f \u007f \u00e9 \u2028 \ud83d\ude00");
        byte[] expected = utf8("\"\\\" \\\\ / \\b \\f \\n \\r \\t \\u0000 \\u001f \u007f \u00e9 \u2028 \ud83d\ude00\"");
        assertArrayEquals(expected, writer.toByteArray());
    }
}
