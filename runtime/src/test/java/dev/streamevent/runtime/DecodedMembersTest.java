package dev.streamevent.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A parsed object's members live in two arrays, scanned while small and indexed once large; either way they must
 * behave as the ordered, unmodifiable map {@link JsonValue.ObjectValue} promises.
 */
class DecodedMembersTest {

    /** Member counts on both sides of the scan limit, and well past it. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 8, 9, 300})
    void actsAsAnOrderedMapEqualToALinkedHashMap(int count) {
        Map<String, JsonValue> expected = new LinkedHashMap<>();
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            // Reverse order, so that document order differs from any sorted or hashed order.
            String name = "m" + (count - i);
            json.append(i == 0 ? "" : ",").append('"').append(name).append("\":").append(i);
            expected.put(name, JsonValue.NumberValue.ofLiteral(Integer.toString(i)));
        }
        Map<String, JsonValue> members = parse(json.append('}').toString());

        assertEquals(expected, members);
        assertEquals(members, expected);
        assertEquals(expected.hashCode(), members.hashCode());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(members.keySet()));
        assertEquals(count, members.size());
        for (String name : expected.keySet()) {
            assertTrue(members.containsKey(name), name);
            assertEquals(expected.get(name), members.get(name), name);
        }
        assertFalse(members.containsKey("absent"));
        assertNull(members.get("absent"));
        assertNull(members.get(null));
        assertNull(members.get(42));
    }

    /** A repeated name keeps its first place and takes its last value, whether the object is scanned or indexed. */
    @ParameterizedTest
    @ValueSource(ints = {2, 8, 20})
    void aRepeatedNameKeepsItsFirstPlaceAndItsLastValue(int distinct) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < distinct; i++) {
            json.append(i == 0 ? "" : ",").append("\"n").append(i).append("\":").append(i);
        }
        json.append(",\"n0\":\"last\",\"n1\":\"later\",\"n0\":\"latest\"}");
        Map<String, JsonValue> members = parse(json.toString());

        assertEquals(distinct, members.size());
        List<String> names = new ArrayList<>(members.keySet());
        assertEquals("n0", names.get(0));
        assertEquals("n1", names.get(1));
        assertEquals(new JsonValue.StringValue("latest"), members.get("n0"));
        assertEquals(new JsonValue.StringValue("later"), members.get("n1"));
    }

    /**
     * A name is compared with the earlier ones only when an earlier name had its length modulo 32. Names of 1, 33 and
     * 65 chars share that bit, and each is repeated after the others; names of other lengths come between.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 5, 12})
    void aRepeatedNameIsFoundAmongNamesOfTheSameLengthModulo32(int between) {
        List<String> sameBit = List.of("a", "b".repeat(33), "c".repeat(65));
        StringBuilder json = new StringBuilder("{");
        for (String name : sameBit) {
            json.append('"').append(name).append("\":1,");
        }
        for (int i = 0; i < between; i++) {
            json.append("\"other").append(i).append("\":0,");
        }
        for (String name : sameBit) {
            json.append('"').append(name).append("\":\"").append(name.length()).append("\",");
        }
        json.setCharAt(json.length() - 1, '}');
        Map<String, JsonValue> members = parse(json.toString());

        assertEquals(sameBit.size() + between, members.size());
        assertEquals(sameBit, new ArrayList<>(members.keySet()).subList(0, sameBit.size()));
        for (String name : sameBit) {
            assertEquals(new JsonValue.StringValue(Integer.toString(name.length())), members.get(name), name);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 12})
    void nothingOutsideTheReaderCanChangeIt(int count) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":true");
        }
        Map<String, JsonValue> members = parse(json.append('}').toString());
        JsonValue value = JsonValue.BooleanValue.FALSE;

        assertThrows(UnsupportedOperationException.class, () -> members.put("k0", value));
        assertThrows(UnsupportedOperationException.class, () -> members.putAll(Map.of("x", value)));
        assertThrows(UnsupportedOperationException.class, members::clear);
        assertThrows(UnsupportedOperationException.class, () -> members.entrySet().clear());
        if (count > 0) {
            assertThrows(UnsupportedOperationException.class, () -> members.remove("k0"));
            assertThrows(UnsupportedOperationException.class, () -> members.keySet().remove("k0"));
            assertThrows(UnsupportedOperationException.class, () -> members.values().clear());
            assertThrows(UnsupportedOperationException.class, () -> members.replaceAll((k, v) -> value));
            Iterator<Map.Entry<String, JsonValue>> entries = members.entrySet().iterator();
            Map.Entry<String, JsonValue> first = entries.next();
            assertThrows(UnsupportedOperationException.class, () -> first.setValue(value));
            assertThrows(UnsupportedOperationException.class, entries::remove);
        }
        assertEquals(count, members.size());
    }

    private static Map<String, JsonValue> parse(String json) {
        return ((JsonValue.ObjectValue) JsonValue.parse(json)).members();
    }
}
