package dev.streamevent.runtime;

import static dev.streamevent.runtime.Json.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader's shortcuts: a guessed member name is matched by comparing the input with its pre-encoded
 * {@code "name":} bytes, and a one-entry value table by comparing with the quoted value. Each shortcut must give
 * exactly what the full scan gives, and must enforce the same limits.
 */
class JsonReaderFastPathTest {

    private static final JsonNames NAMES = JsonNames.of("type", "sequence_number", "item_id", "output_index");

    /** Reads one object's members as "index=name:value" items. */
    static List<String> members(JsonNames names, String json) {
        JsonReader reader = JsonReader.of(utf8(json));
        reader.beginObject();
        List<String> seen = new ArrayList<>();
        for (int field; (field = reader.nextField(names)) != JsonReader.END; ) {
            seen.add(field + "=" + reader.currentName() + ":" + reader.readValue().toJson());
        }
        reader.endOfDocument();
        return seen;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"t\",\"sequence_number\":1,\"output_index\":2,\"item_id\":\"i\"}",
        "{ \"type\" : \"t\" , \"sequence_number\" :1,\n\"output_index\":2 ,\"item_id\":\"i\" }",
        "{\"t\\u0079pe\":\"t\",\"sequence_number\":1,\"output_index\":2,\"item_id\":\"i\"}",
    })
    void compactSpacedAndEscapedNamesMatchAlike(String json) {
        List<String> expected = List.of("0=type:\"t\"", "1=sequence_number:1", "3=output_index:2", "2=item_id:\"i\"");
        // Twice: the second read runs with the order the first one taught the table.
        assertEquals(expected, members(NAMES, json));
        assertEquals(expected, members(NAMES, json));
    }

    @Test
    void aLearnedOrderNeverMatchesTheWrongName() {
        JsonNames names = JsonNames.of("a", "b", "c");
        for (int round = 0; round < 3; round++) {
            assertEquals(List.of("2=c:1", "0=a:2", "1=b:3"), members(names, "{\"c\":1,\"a\":2,\"b\":3}"));
            assertEquals(List.of("0=a:4", "1=b:5", "2=c:6"), members(names, "{\"a\":4,\"b\":5,\"c\":6}"));
            assertEquals(List.of("1=b:7", "-1=x:8", "2=c:9"), members(names, "{\"b\":7,\"x\":8,\"c\":9}"));
        }
    }

    @Test
    void aGuessThatIsOnlyAPrefixOfTheNameDoesNotMatch() {
        JsonNames names = JsonNames.of("item", "item_id");
        assertEquals(List.of("1=item_id:1", "0=item:2"), members(names, "{\"item_id\":1,\"item\":2}"));
        assertEquals(List.of("-1=ite:3"), members(names, "{\"ite\":3}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":1,}", "{\"type\":1\"item_id\":2}", "{\"type\"1}", "{\"type\":1,,\"item_id\":2}",
        "{\"type\":1", "{\"type\"", "{\"ty"})
    void malformedMembersAroundAGuessFailWithAPosition(String json) {
        JsonException error = assertThrows(JsonException.class, () -> members(NAMES, json));
        assertTrue(error.offset() > 0, error.getMessage());
    }

    @Test
    void aGuessedNameStillMeetsTheNameLengthLimit() {
        JsonReader reader = JsonReader.of(utf8("{\"sequence_number\":1}"), 0, 21, JsonLimits.DEFAULT.withMaxNameLength(8));
        reader.beginObject();
        // A table whose first guess is that very name, so the shortcut is what meets the input.
        JsonException error = assertThrows(JsonException.class, () -> reader.nextField(JsonNames.of("sequence_number")));
        assertTrue(error.getMessage().contains("maxNameLength=8"), error.getMessage());
    }

    @Test
    void aOneEntryValueTableMatchesWithOrWithoutTheShortcut() {
        JsonNames type = JsonNames.of("response.completed");
        for (String json : new String[] {"\"response.completed\"", " \"response.completed\"", "\"response\\u002ecompleted\""}) {
            assertEquals(0, JsonReader.of(utf8(json)).readStringIndex(type), json);
        }
        for (String json : new String[] {"\"response.complete\"", "\"response.completed.\"", "\"response.completeD\""}) {
            JsonReader reader = JsonReader.of(utf8(json));
            assertEquals(JsonReader.UNKNOWN, reader.readStringIndex(type), json);
            assertEquals(json.substring(1, json.length() - 1), reader.lastString());
        }
    }

    @Test
    void aTableGuessesTheValueItMatchedLastAndNeverMatchesAWrongOne() {
        JsonNames types = JsonNames.of("response.created", "response.output_text.delta", "response.output_text.done");
        JsonReader reader = JsonReader.of(utf8("[\"response.output_text.delta\",\"response.output_text.delta\","
                + "\"response.output_text.done\",\"response.output_text.deltas\",\"response.output_text.delt\","
                + "\"response.created\", \"response.created\",\"response.created\"]"));
        reader.beginArray();
        List<Integer> indexes = new ArrayList<>();
        while (reader.nextElement()) {
            indexes.add(reader.readStringIndex(types));
        }
        reader.endOfDocument();
        assertEquals(List.of(1, 1, 2, JsonReader.UNKNOWN, JsonReader.UNKNOWN, 0, 0, 0), indexes);
    }

    @Test
    void aOneEntryValueTableStillMeetsTheStringLengthLimit() {
        byte[] json = utf8("\"response.completed\"");
        JsonReader reader = JsonReader.of(json, 0, json.length, JsonLimits.DEFAULT.withMaxStringLength(10));
        JsonException error = assertThrows(JsonException.class, () -> reader.readStringIndex(JsonNames.of("response.completed")));
        assertTrue(error.getMessage().contains("maxStringLength=10"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 100, 65_534, 65_535, 65_536, 65_537, 200_000})
    void escapedAndNonAsciiStringsDecodeAlikeInOnePassAndAfterAScan(int plainPrefix) {
        // Strings up to 64 Ki units are decoded in one pass; longer ones are scanned first. Both give the same.
        String expected = "a".repeat(plainPrefix) + "\n \u00e9 \u2019 \ud83d\ude00 \\ \" \u0000 \ud800 end";
        // Raw UTF-8 for the e-acute and the emoji, escapes for the rest.
        String raw = "a".repeat(plainPrefix) + "\\n \u00e9 \\u2019 \ud83d\ude00 \\\\ \\\" \\u0000 \\ud800 end";
        JsonReader reader = JsonReader.of(utf8("[\"" + raw + "\",1]"));
        reader.beginArray();
        reader.nextElement();
        assertEquals(expected, reader.readString());
        reader.nextElement();
        assertEquals(1, reader.readInt());
    }

    @Test
    void aTruncatedValueIsNotMatchedByTheShortcut() {
        byte[] json = utf8("\"response.completed\"");
        JsonReader reader = JsonReader.of(json, 0, json.length - 1);
        assertThrows(JsonException.class, () -> reader.readStringIndex(JsonNames.of("response.completed")));
    }

    /**
     * Names of 1 to 20 chars, so that their {@code "name":} bytes take one word, two words, or the JDK's compare: with
     * any one char of the name changed, or one char added or dropped, the guess must miss. Each input has a member
     * after it (the words are read from the input) and none (the last bytes of the document, which the words must not
     * read past).
     */
    @ParameterizedTest
    @MethodSource("nameLengths")
    void aGuessedNameOfAnyLengthMissesWhenAnyOneCharDiffers(int length) {
        JsonNames names = JsonNames.of(LETTERS.substring(0, length));
        Probe member = probe("{\"", "\":1", reader -> {
            reader.beginObject();
            return reader.nextField(names);
        }, JsonReader::currentName);
        assertMatchesOnlyItself(names, member, ",\"padding_member\":0}", "}");
    }

    static IntStream nameLengths() {
        return IntStream.rangeClosed(1, 20);
    }

    /** The same for a one-entry value table and quoted values of 0 to 20 chars. */
    @ParameterizedTest
    @MethodSource("valueLengths")
    void aGuessedValueOfAnyLengthMissesWhenAnyOneCharDiffers(int length) {
        JsonNames values = JsonNames.of(LETTERS.substring(0, length));
        Probe element = probe("[\"", "\"", reader -> {
            reader.beginArray();
            return reader.readStringIndex(values);
        }, JsonReader::lastString);
        assertMatchesOnlyItself(values, element, ",\"padding value\"]", "]");
    }

    static IntStream valueLengths() {
        return IntStream.rangeClosed(0, 20);
    }

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    /** Reads a candidate string in a document, before {@code after}, and gives the index a table found for it. */
    private interface Probe {
        int indexOf(String candidate, String after);
    }

    /**
     * A probe that reads {@code before + candidate + between + after}, then checks that the reader reports the
     * candidate as the name or string it read.
     */
    private static Probe probe(String before, String between, ToIntFunction<JsonReader> read,
                               Function<JsonReader, String> reported) {
        return (candidate, after) -> {
            JsonReader reader = JsonReader.of(utf8(before + candidate + between + after));
            int index = read.applyAsInt(reader);
            assertEquals(candidate, reported.apply(reader));
            return index;
        };
    }

    /** The one string of {@code table} is found at index 0, and every string one char away from it is not found. */
    private static void assertMatchesOnlyItself(JsonNames table, Probe probe, String... afters) {
        String text = table.name(0);
        for (String after : afters) {
            assertEquals(0, probe.indexOf(text, after), text);
            for (String variant : oneCharAway(text)) {
                assertEquals(JsonReader.UNKNOWN, probe.indexOf(variant, after), variant);
            }
        }
    }

    /** The strings one char away from {@code text}: each char changed to 'Z', a 'Z' added, the last char dropped. */
    private static List<String> oneCharAway(String text) {
        List<String> variants = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            variants.add(text.substring(0, i) + 'Z' + text.substring(i + 1));
        }
        variants.add(text + "Z");
        if (!text.isEmpty()) {
            variants.add(text.substring(0, text.length() - 1));
        }
        return variants;
    }

    /** A document that ends right after a short name: fewer than eight bytes are left, which no word may cover. */
    @Test
    void aShortNameAtTheVeryEndOfTheInputIsMatched() {
        assertEquals(List.of("0=a:1"), members(JsonNames.of("a"), "{\"a\":1}"));
        byte[] value = utf8("\"ab\"");
        assertEquals(0, JsonReader.of(value).readStringIndex(JsonNames.of("ab")));
    }

    private static final JsonNames EVENT_NAMES = JsonNames.of("type", "item_id");
    private static final JsonNames EVENT_TYPE = JsonNames.of("response.completed");

    /** An event begun by {@code beginEvent}, then its members as {@link #members} lists them. */
    private static List<String> eventMembers(JsonReader reader, boolean typeConsumed) {
        assertEquals(typeConsumed, reader.beginEvent(EVENT_NAMES, EVENT_TYPE));
        List<String> seen = new ArrayList<>();
        if (typeConsumed) {
            // The state nextField and readStringIndex leave behind.
            assertEquals("type", reader.currentName());
            assertEquals("response.completed", reader.lastString());
        }
        for (int field; (field = reader.nextField(EVENT_NAMES)) != JsonReader.END; ) {
            seen.add(field + "=" + reader.currentName() + ":" + reader.readValue().toJson());
        }
        reader.endOfDocument();
        return seen;
    }

    @Test
    void aCompactOpeningWithTheEventsTypeIsConsumedWithTheBracket() {
        String json = "{\"type\":\"response.completed\",\"item_id\":\"i\",\"x\":[1]}";
        for (int round = 0; round < 2; round++) {
            assertEquals(List.of("1=item_id:\"i\"", "-1=x:[1]"), eventMembers(JsonReader.of(utf8(json)), true));
        }
        assertEquals(List.of(), eventMembers(JsonReader.of(utf8("{\"type\":\"response.completed\"}")), true));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{ \"type\":\"response.completed\"}",
        "{\"type\" :\"response.completed\"}",
        "{\"type\":\"response.completeD\"}",
        "{\"type\":\"response.completed2\"}",
        "{\"type\":\"response\\u002ecompleted\"}",
        "{\"typ\":\"response.completed\"}",
        "{\"item_id\":\"response.completed\"}",
        "{}",
    })
    void anyOtherOpeningLeavesItsMembersToTheMemberLoop(String json) {
        // What the loop then reads is what it reads after beginObject.
        JsonReader plain = JsonReader.of(utf8(json));
        List<String> expected = members(EVENT_NAMES, json);
        assertEquals(expected, eventMembers(plain, false), json);
    }

    @Test
    void theOpeningIsNotMatchedPastTheInputOrItsLimits() {
        byte[] json = utf8("{\"type\":\"response.completed\"}");
        JsonReader truncated = JsonReader.of(json, 0, json.length - 2);
        assertThrows(JsonException.class, () -> eventMembers(truncated, false));
        JsonReader shortNames = JsonReader.of(json, 0, json.length, JsonLimits.DEFAULT.withMaxNameLength(3));
        JsonException name = assertThrows(JsonException.class, () -> eventMembers(shortNames, false));
        assertTrue(name.getMessage().contains("maxNameLength=3"), name.getMessage());
        JsonReader shortStrings = JsonReader.of(json, 0, json.length, JsonLimits.DEFAULT.withMaxStringLength(17));
        assertEquals(false, shortStrings.beginEvent(EVENT_NAMES, EVENT_TYPE));
        assertEquals(0, shortStrings.nextField(EVENT_NAMES));
        JsonException value = assertThrows(JsonException.class, () -> shortStrings.readStringIndex(EVENT_TYPE));
        assertTrue(value.getMessage().contains("maxStringLength=17"), value.getMessage());
    }

    @Test
    void theBracketStillCountsTowardsTheDepthLimit() {
        byte[] json = utf8("[{\"type\":\"response.completed\"}]");
        JsonReader reader = JsonReader.of(json, 0, json.length, JsonLimits.DEFAULT.withMaxDepth(1));
        reader.beginArray();
        reader.nextElement();
        JsonException error = assertThrows(JsonException.class, () -> reader.beginEvent(EVENT_NAMES, EVENT_TYPE));
        assertEquals(1, error.offset(), error.getMessage());
        assertTrue(error.getMessage().contains("maxDepth=1"), error.getMessage());
    }

    @Test
    void oneTypeTableServesEventsWhoseDiscriminatorsDiffer() {
        JsonNames type = JsonNames.of("t");
        JsonNames byType = JsonNames.of("type");
        JsonNames byKind = JsonNames.of("kind");
        for (int round = 0; round < 2; round++) {
            assertTrue(JsonReader.of(utf8("{\"type\":\"t\"}")).beginEvent(byType, type));
            assertTrue(JsonReader.of(utf8("{\"kind\":\"t\"}")).beginEvent(byKind, type));
            assertEquals(false, JsonReader.of(utf8("{\"type\":\"t\"}")).beginEvent(byKind, type));
        }
    }
}
