package dev.streamevent.runtime;

import static dev.streamevent.runtime.Json.utf8;
import static dev.streamevent.runtime.Json.word;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code nextField(names, guess, last, words...)}: the guess that generated event readers pass as constants, the
 * words of a member's {@code ,"name":} bytes. A hit must give exactly what {@code nextField(names)} gives, and a
 * miss, a misplaced comma or a broken limit must leave the input to the general path.
 */
class JsonReaderMemberWordsTest {

    private static final String[] NAME_LIST = {"type", "sequence_number", "item_id", "output_index", "delta",
        "obfuscation"};
    private static final JsonNames NAMES = JsonNames.of(NAME_LIST);

    /** The words of {@code ,"name":} as generated readers pass them: 8 to 16 bytes in two, 17 to 24 in three. */
    private record Words(int last, long[] words) {
        static Words of(String name) {
            byte[] bytes = (",\"" + name + "\":").getBytes(StandardCharsets.UTF_8);
            int last = bytes.length - 8;
            if (last < 0 || last > 16) {
                throw new IllegalArgumentException(name + " has no words");
            }
            return new Words(last, bytes.length > 16
                    ? new long[] {word(bytes, 0), word(bytes, 8), word(bytes, last)}
                    : new long[] {word(bytes, 0), word(bytes, last)});
        }

        int nextField(JsonReader reader, JsonNames names, int guess) {
            return words.length == 2
                    ? reader.nextField(names, guess, last, words[0], words[1])
                    : reader.nextField(names, guess, last, words[0], words[1], words[2]);
        }
    }

    /**
     * Reads an object's members as "index=name:value" items, as a generated reader does: after the first member,
     * each one guesses the member after it in {@link #NAMES} (the last one and unknown ones guess nothing).
     */
    private static List<String> guessedMembers(String json) {
        JsonReader reader = JsonReader.of(utf8(json));
        reader.beginObject();
        List<String> seen = new ArrayList<>();
        int field = reader.nextField(NAMES);
        while (field != JsonReader.END) {
            seen.add(field + "=" + reader.currentName() + ":" + reader.readValue().toJson());
            int guess = field + 1;
            field = field >= 0 && guess < NAMES.size()
                    ? Words.of(NAMES.name(guess)).nextField(reader, NAMES, guess)
                    : reader.nextField(NAMES);
        }
        reader.endOfDocument();
        return seen;
    }

    /** The same members read by {@code nextField(names)} alone, with a table of their own that nothing taught. */
    private static List<String> scannedMembers(String json) {
        return JsonReaderFastPathTest.members(JsonNames.of(NAME_LIST), json);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // In order and compact: every guess hits, with two words (item_id, output_index, obfuscation) and three.
        "{\"type\":\"t\",\"sequence_number\":1,\"item_id\":\"i\",\"output_index\":2,\"delta\":\"d\",\"obfuscation\":\"o\"}",
        // Out of order, unknown members, members left out.
        "{\"type\":\"t\",\"item_id\":\"i\",\"sequence_number\":1,\"x\":{\"item_id\":3},\"delta\":\"d\"}",
        // Whitespace, and an escaped name: the words never match them, the general path reads them.
        "{ \"type\":\"t\" ,\"sequence_number\":1, \"item_id\":\"i\",\n\"output_index\":2,\"d\\u0065lta\":\"d\"}",
        // A nested object whose names are the guessed ones: its members belong to it, not to the outer object.
        "{\"type\":\"t\",\"sequence_number\":{\"item_id\":1,\"output_index\":2},\"item_id\":\"i\"}",
        // The document ends right after a guessed name's bytes: fewer bytes are left than its words would read.
        "{\"type\":\"t\",\"sequence_number\":1,\"item_id\":\"i\",\"output_index\":2,\"delta\":1}",
        "{\"type\":\"t\",\"sequence_number\":1}",
        "{\"type\":\"t\",\"sequence_number\":1,\"item_id\":1}",
        "{}",
    })
    void guessesGiveWhatTheGeneralPathGives(String json) {
        List<String> expected = scannedMembers(json);
        // Twice: the second read runs with the order the first one taught the table.
        assertEquals(expected, guessedMembers(json));
        assertEquals(expected, guessedMembers(json));
    }

    @Test
    void inOrderMembersAreAllGuessed() {
        String json = "{\"type\":\"t\",\"sequence_number\":1,\"item_id\":\"i\",\"output_index\":2,\"delta\":\"d\"}";
        assertEquals(List.of("0=type:\"t\"", "1=sequence_number:1", "2=item_id:\"i\"", "3=output_index:2",
                "4=delta:\"d\""), guessedMembers(json));
    }

    /**
     * Names whose {@code ,"name":} has 8 to 24 bytes: with any one char changed, added or dropped, the guess must
     * miss, and the general path then reads the name as it is.
     */
    @ParameterizedTest
    @MethodSource("nameLengths")
    void aGuessedNameMissesWhenAnyOneCharDiffers(int length) {
        String name = "abcdefghijklmnopqrstuvwxyz".substring(0, length);
        JsonNames names = JsonNames.of("first", name);
        Words words = Words.of(name);
        for (String after : new String[] {"1,\"padding_member_name\":0}", "1}"}) {
            assertEquals(1, guessAfterFirst(names, words, name, after), name);
            for (String variant : oneCharAway(name)) {
                assertEquals(JsonReader.UNKNOWN, guessAfterFirst(names, words, variant, after), variant);
            }
        }
    }

    static IntStream nameLengths() {
        return IntStream.rangeClosed(4, 20);
    }

    /** Reads {@code {"first":0,"candidate":after} and gives what the guess of member 1 found for the candidate. */
    private static int guessAfterFirst(JsonNames names, Words words, String candidate, String after) {
        JsonReader reader = JsonReader.of(utf8("{\"first\":0,\"" + candidate + "\":" + after));
        reader.beginObject();
        assertEquals(0, reader.nextField(names));
        reader.readInt();
        int index = words.nextField(reader, names, 1);
        assertEquals(candidate, reader.currentName());
        assertEquals(1, reader.readInt());
        return index;
    }

    private static List<String> oneCharAway(String text) {
        List<String> variants = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            variants.add(text.substring(0, i) + 'Z' + text.substring(i + 1));
        }
        variants.add(text + "Z");
        variants.add(text.substring(0, text.length() - 1));
        return variants;
    }

    @Test
    void aCommaBeforeTheFirstMemberIsAnErrorEvenWhenTheGuessMatches() {
        JsonReader reader = JsonReader.of(utf8("{,\"item_id\":1}"));
        reader.beginObject();
        JsonException error = assertThrows(JsonException.class,
                () -> Words.of("item_id").nextField(reader, NAMES, 2));
        assertEquals(1, error.offset(), error.getMessage());
    }

    /**
     * A document that is part of a larger array and ends inside a guessed name: the bytes after its end would
     * complete the name, and the words must not read them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"item_id", "sequence_number"})
    void aGuessNeverReadsPastTheEndOfTheDocument(String name) {
        byte[] json = utf8("{\"type\":1,\"" + name + "\":2}");
        int length = json.length - 3; // up to the name's closing quote: the colon, the value and the brace are past the end
        JsonReader reader = JsonReader.of(json, 0, length);
        reader.beginObject();
        assertEquals(0, reader.nextField(NAMES));
        reader.readInt();
        JsonException error = assertThrows(JsonException.class,
                () -> Words.of(name).nextField(reader, NAMES, NAMES.name(1).equals(name) ? 1 : 2));
        assertEquals(length, error.offset(), error.getMessage());
    }

    @Test
    void aGuessOutsideAnObjectIsAnIllegalState() {
        JsonReader inArray = JsonReader.of(utf8("[1,\"item_id\":2]"));
        inArray.beginArray();
        inArray.nextElement();
        inArray.readInt();
        assertThrows(IllegalStateException.class, () -> Words.of("item_id").nextField(inArray, NAMES, 2));
        JsonReader atTopLevel = JsonReader.of(utf8(",\"item_id\":2"));
        assertThrows(IllegalStateException.class, () -> Words.of("item_id").nextField(atTopLevel, NAMES, 2));
    }

    @Test
    void aGuessedNameStillMeetsTheNameLengthLimit() {
        byte[] json = utf8("{\"type\":1,\"sequence_number\":2}");
        JsonReader reader = JsonReader.of(json, 0, json.length, JsonLimits.DEFAULT.withMaxNameLength(8));
        reader.beginObject();
        assertEquals(0, reader.nextField(NAMES));
        reader.readInt();
        JsonException error = assertThrows(JsonException.class,
                () -> Words.of("sequence_number").nextField(reader, NAMES, 1));
        assertTrue(error.getMessage().contains("maxNameLength=8"), error.getMessage());
    }
}
