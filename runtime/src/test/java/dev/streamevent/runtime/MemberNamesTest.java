package dev.streamevent.runtime;

import static dev.streamevent.runtime.Json.utf8;
import static dev.streamevent.runtime.Json.word;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Member names read into {@link JsonValue} trees and by {@link JsonReader#currentName()} come from
 * {@link MemberNames} when they are short and plain: the same name read again is the same {@code String}. Whether
 * shared or not, a name must be exactly what the input spells, and bad input must fail as it always has.
 */
class MemberNamesTest {

    /** Names of every length around the two words, in the middle of a document and right at its end. */
    private static List<String> namesOfEveryLength() {
        List<String> names = new ArrayList<>();
        String letters = "abcdefghijklmnopqrstuvwxyz";
        for (int length = 0; length <= 20; length++) {
            names.add(letters.substring(0, length));
        }
        return names;
    }

    private static List<String> namesOf(String json) {
        JsonValue.ObjectValue object = (JsonValue.ObjectValue) JsonReader.of(utf8(json)).readValue();
        return new ArrayList<>(object.members().keySet());
    }

    @Test
    void treesKeepEveryNameExactly() {
        List<String> names = namesOfEveryLength();
        StringBuilder json = new StringBuilder("{");
        for (String name : names) {
            json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":0");
        }
        // The last names sit close to the end of the input, where fewer than 16 bytes follow their quote.
        assertEquals(names, namesOf(json.append('}').toString()));
        for (String name : names) {
            assertEquals(List.of(name), namesOf("{\"" + name + "\":0}"), name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "type", "required", "additional", "properties_", "fifteen_chars__"})
    void aShortPlainNameReadAgainIsTheSameString(String name) {
        String json = "{\"" + name + "\":{\"" + name + "\":1},\"padding_after\":true}";
        String first = namesOf(json).get(0);
        String second = namesOf(json).get(0);
        assertEquals(name, first);
        assertSame(first, second);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sixteen_chars___", "additionalProperties", "caf\u00e9", "tab\\tname", "a\\u0062"})
    void longOrEscapedOrNonAsciiNamesAreMadeEachTime(String spelt) {
        String json = "{\"" + spelt + "\":1,\"padding_after_the_name\":true}";
        String first = namesOf(json).get(0);
        String second = namesOf(json).get(0);
        assertEquals(first, second);
        assertNotSame(first, second);
    }

    @Test
    void escapesAreDecodedAsBefore() {
        assertEquals(List.of("ab", "tab\tname", "caf\u00e9", "q\"uote"),
                namesOf("{\"a\\u0062\":1,\"tab\\tname\":2,\"caf\u00e9\":3,\"q\\\"uote\":4,\"padding\":5}").subList(0, 4));
    }

    @Test
    void namesThatDifferOnlyInTheSecondWordOrInLengthStayApart() {
        assertEquals(List.of("abcdefgh_one", "abcdefgh_two", "abcdefgh", "abcdefg", "abcdefgh_on"),
                namesOf("{\"abcdefgh_one\":1,\"abcdefgh_two\":2,\"abcdefgh\":3,\"abcdefg\":4,\"abcdefgh_on\":5,"
                        + "\"padding_after_all\":6}").subList(0, 5));
    }

    @Test
    void namesThatShareASlotReplaceEachOtherAndStayCorrect() {
        // Find two short names that hash to the same slot, and read them in turns.
        Map<Integer, String> bySlot = new HashMap<>();
        String[] pair = null;
        for (int i = 0; pair == null; i++) {
            String name = "n" + i;
            byte[] bytes = utf8(name + "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0");
            String other = bySlot.putIfAbsent(MemberNames.slot(word(bytes, 0), word(bytes, 8)), name);
            if (other != null) {
                pair = new String[] {other, name};
            }
        }
        for (int turn = 0; turn < 4; turn++) {
            for (String name : pair) {
                assertEquals(List.of(name, "padding_after_it"), namesOf("{\"" + name + "\":1,\"padding_after_it\":2}"));
            }
        }
    }

    @Test
    void aDocumentThatEndsInsideANameIsStillCutThere() {
        // The array goes on after the document with bytes that would complete the name.
        byte[] bytes = utf8("{\"abcdef\":1,\"padding_after\":2}");
        int cut = "{\"abc".length();
        JsonException error = assertThrows(JsonException.class, () -> JsonReader.of(bytes, 0, cut).readValue());
        assertEquals(cut, error.offset(), error.getMessage());
        assertTrue(error.getMessage().contains("end of input"), error.getMessage());
        // Nothing from beyond the document, not even in the error's path.
        assertFalse(error.getMessage().contains("abcd"), error.getMessage());
    }

    @Test
    void aDocumentThatEndsRightAfterTheLongestSharedNameNeedsItsColon() {
        // The name fills both words, so its closing quote is the document's last byte; the array goes on with a colon.
        byte[] bytes = utf8("{\"abcdefghijklmno\":1}");
        int cut = "{\"abcdefghijklmno\"".length();
        for (byte[] input : List.of(bytes, Arrays.copyOf(bytes, cut))) {
            JsonException error = assertThrows(JsonException.class, () -> JsonReader.of(input, 0, cut).readValue());
            assertEquals(cut, error.offset(), error.getMessage());
            assertTrue(error.getMessage().contains("expected ':'"), error.getMessage());
        }
    }

    @Test
    void theNameLengthLimitStillHolds() {
        // Only the one name breaks the limit; the value after it makes the input long enough to share names.
        String text = "{\"five5\":\"a value long enough to share the name\"}";
        assertEquals("five5", namesOf(text).get(0)); // shared now, within the default limit
        byte[] json = utf8(text);
        JsonException error = assertThrows(JsonException.class,
                () -> JsonReader.of(json, 0, json.length, JsonLimits.DEFAULT.withMaxNameLength(4)).readValue());
        assertTrue(error.getMessage().contains("maxNameLength"), error.getMessage());
        assertEquals(1, error.offset(), error.getMessage()); // the name's opening quote
    }

    @Test
    void currentNameGivesTheSharedNameToo() {
        JsonNames names = JsonNames.of("known");
        String[] seen = new String[2];
        for (int i = 0; i < 2; i++) {
            JsonReader reader = JsonReader.of(utf8("{\"known\":1,\"unknown_one\":2,\"padding_after\":3}"));
            reader.beginObject();
            assertEquals(0, reader.nextField(names));
            reader.skipValue();
            assertEquals(JsonReader.UNKNOWN, reader.nextField(names));
            seen[i] = reader.currentName();
            assertEquals("unknown_one", seen[i]);
        }
        assertSame(seen[0], seen[1]);
    }

    @Test
    void threadsReadingDifferentNamesAtOnceEachGetTheirOwn() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int base = thread * 5_000;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        String name = "t" + (base + i);
                        assertEquals(List.of(name, "padding_after_it"),
                                namesOf("{\"" + name + "\":1,\"padding_after_it\":2}"));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
