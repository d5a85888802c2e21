package dev.streamevent.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Strings through the writer, and the plain-ASCII shortcut that decoded values take. Long text is encoded a chunk of
 * chars at a time, so a surrogate pair, a lone surrogate or an escape may sit on a chunk's edge.
 */
class JsonWriterStringTest {

    private static byte[] written(String value) {
        JsonWriter writer = JsonWriter.create();
        writer.value(value);
        return writer.toByteArray();
    }

    private static byte[] quotedUtf8(String text) {
        return ('"' + text + '"').getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSurrogatePairIsOneFourByteSequenceWhereverItFalls() {
        for (int before = 0; before < 1100; before++) {
            String text = "é".repeat(before) + "\uD83D\uDE00" + "x";
            assertArrayEquals(quotedUtf8(text), written(text), "pair after " + before + " chars");
        }
    }

    @Test
    void aLoneSurrogateIsEscapedWhereverItFalls() {
        for (int before = 500; before < 530; before++) {
            String prefix = "中".repeat(before);
            assertArrayEquals(quotedUtf8(prefix + "\\ud83dz"), written(prefix + "\uD83Dz"), "high after " + before);
            assertArrayEquals(quotedUtf8(prefix + "\\ud83d"), written(prefix + "\uD83D"), "last high after " + before);
            assertArrayEquals(quotedUtf8(prefix + "\\ude00z"), written(prefix + "\uDE00z"), "low after " + before);
        }
    }

    @Test
    void escapesInLongTextAreTheShortFormsOrUnicodeEscapes() {
        String text = "ü".repeat(600) + "\"\\\n\r\t\b\f\u0001\u001f" + "ü".repeat(600);
        String expected = "ü".repeat(600) + "\\\"\\\\\\n\\r\\t\\b\\f\\u0001\\u001f" + "ü".repeat(600);
        assertArrayEquals(quotedUtf8(expected), written(text));
    }

    @Test
    void randomStringsReadBackAsThemselves() {
        String[] pieces = {"a", "Z", " ", "\"", "\\", "\n", "\u0001", "\u007f", "é", "ÿ", "ߟ", "中", "\uFFFD",
            "\uD83D\uDE00", "\uD800", "\uDC00"};
        Random random = new Random(20261204);
        for (int trial = 0; trial < 2_000; trial++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(trial % 10 == 0 ? 3_000 : 80);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String value = text.toString();
            JsonReader reader = JsonReader.of(written(value));
            assertEquals(value, reader.readString(), "trial " + trial);
            reader.endOfDocument();
        }
    }

    @Test
    void theReaderTellsWhichStringsArePlainAscii() {
        JsonReader reader = JsonReader.of("[\"msg_01 ~!\",\"a\\\"b\",\"\\u0041\",\"é\",\"\",\"x\"]"
                .getBytes(StandardCharsets.UTF_8));
        reader.beginArray();
        boolean[] expected = {true, false, false, false, true, true};
        for (int i = 0; i < expected.length; i++) {
            reader.nextElement();
            String value = reader.readString();
            assertEquals(expected[i], reader.lastStringWasPlainAscii(), "string " + i + ": " + value);
        }
    }

    @Test
    void aStringKnownToBePlainIsCopiedAndAnyOtherIsEscaped() {
        JsonWriter writer = JsonWriter.create();
        writer.beginArray();
        writer.value("msg_01 ~!", true);
        writer.value("a\"b", false);
        writer.value(null, true);
        writer.endArray();
        assertEquals("[\"msg_01 ~!\",\"a\\\"b\",null]", writer.toString());
    }
}
