package dev.streamevent.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A tree that {@link JsonReader#readValue()} built remembers which of its names and strings were plain in the input,
 * and writes those without checking their chars. Only the first 32 members of an object and the first 64 elements of
 * an array carry that bit (and, while they are read, the names of the first 96 nesting levels: 32 read by recursion,
 * then 64 on the reader's own stack); the rest, and every string that needed escaping, must still go through the
 * check, or the output would not be valid JSON.
 */
class PlainStringBitsTest {

    /** Sizes on both sides of the 32 tracked members. */
    @ParameterizedTest
    @ValueSource(ints = {1, 31, 32, 33, 65, 130})
    void anObjectIsWrittenBackExactlyAsABuiltOneIs(int count) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            members.put(text("m", i), i % 4 == 1 ? JsonValue.NumberValue.ofLiteral(Integer.toString(i))
                    : new JsonValue.StringValue(text("v", i)));
        }
        assertWrittenBackUnchanged(new JsonValue.ObjectValue(members));
    }

    /** Sizes on both sides of the 64 tracked elements. */
    @ParameterizedTest
    @ValueSource(ints = {1, 63, 64, 65, 130})
    void anArrayIsWrittenBackExactlyAsABuiltOneIs(int count) {
        List<JsonValue> elements = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            elements.add(i % 4 == 1 ? JsonValue.BooleanValue.TRUE : new JsonValue.StringValue(text("e", i)));
        }
        assertWrittenBackUnchanged(new JsonValue.ArrayValue(elements));
    }

    /**
     * The reader reads the first 32 nesting levels by recursion, each pending name's bit in a local, and deeper ones
     * on a stack of its own that tracks the pending names of its first 64 levels (levels 32 to 95) as bits of one
     * word. Here the names that need a check are at levels 0 to 95 and the deeper ones are plain, so that level 97
     * taking level 33's bit would write level 33's quote unescaped.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 32, 33, 96, 97, 130})
    void nestedNamesAreWrittenBackExactlyAsBuiltOnesAre(int depth) {
        JsonValue tree = new JsonValue.StringValue(text("leaf", depth));
        for (int level = depth - 1; level >= 0; level--) {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            String name = level < 96 && level % 5 == 3 ? "n" + level + "\"q\\" : "n" + level;
            members.put(name, tree);
            members.put("after" + level, JsonValue.NullValue.INSTANCE);
            tree = new JsonValue.ObjectValue(members);
        }
        assertWrittenBackUnchanged(tree);
    }

    /** A repeated name takes its last value; the plain bit must follow the value, whatever the first one was. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\":\"plain\",\"a\":\"q\\\"uote\"}      | {\"a\":\"q\\\"uote\"}",
        "{\"a\":\"plain\",\"a\":\"caf\u00e9\"}      | {\"a\":\"caf\u00e9\"}",
        "{\"a\":\"plain\",\"a\":{\"x\":\"y\"}}      | {\"a\":{\"x\":\"y\"}}",
        "{\"a\":\"q\\\"\",\"a\":\"plain\",\"b\":1}  | {\"a\":\"plain\",\"b\":1}",
    })
    void aRepeatedNameWritesItsLastValue(String json, String expected) {
        assertEquals(expected.strip(), JsonValue.parse(json.strip()).toJson());
    }

    @Test
    void aDecodedArrayIsAnUnmodifiableList() {
        List<JsonValue> elements = ((JsonValue.ArrayValue) JsonValue.parse("[\"a\",1,null]")).elements();
        JsonValue value = JsonValue.NullValue.INSTANCE;

        assertEquals(List.of(new JsonValue.StringValue("a"), JsonValue.NumberValue.ofLiteral("1"), value), elements);
        assertEquals(List.of(new JsonValue.StringValue("a"), JsonValue.NumberValue.ofLiteral("1"), value).hashCode(),
                elements.hashCode());
        assertThrows(IndexOutOfBoundsException.class, () -> elements.get(3));
        assertThrows(IndexOutOfBoundsException.class, () -> elements.get(-1));
        assertThrows(UnsupportedOperationException.class, () -> elements.add(value));
        assertThrows(UnsupportedOperationException.class, () -> elements.set(0, value));
        assertThrows(UnsupportedOperationException.class, () -> elements.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> elements.addAll(List.of(value)));
        assertThrows(UnsupportedOperationException.class, () -> elements.replaceAll(v -> value));
        assertThrows(UnsupportedOperationException.class, elements::clear);
        Iterator<JsonValue> iterator = elements.iterator();
        iterator.next();
        assertThrows(UnsupportedOperationException.class, iterator::remove);
        ListIterator<JsonValue> listIterator = elements.listIterator(1);
        listIterator.next();
        assertThrows(UnsupportedOperationException.class, () -> listIterator.set(value));
        assertEquals(3, elements.size());
    }

    /**
     * Plain for the first position, needing a check at every fifth one below 64 and at every position from 64 on: a
     * position past the tracked ones that took a tracked position's bit (member 38 taking member 6's, element 68
     * taking element 4's) would copy a quote or a non-ASCII char unescaped.
     */
    private static String text(String prefix, int i) {
        boolean needsCheck = i >= 64 || i % 5 == 3;
        return needsCheck ? prefix + i + (i % 2 == 0 ? "\"q\\" : "\u00e9\u2028") : prefix + i;
    }

    /** The tree built by hand is written through the checked path; the decoded one must give the same bytes. */
    private static void assertWrittenBackUnchanged(JsonValue built) {
        String json = built.toJson();
        JsonValue decoded = JsonValue.parse(json);
        assertEquals(built, decoded);
        assertEquals(json, decoded.toJson());
    }
}
