package dev.streamevent.runtime;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The members of an object that {@link JsonReader#readValue()} builds, in two arrays in document order. Most objects
 * in events are small (a schema node, a format, metadata), and for them this costs a fraction of a
 * {@code LinkedHashMap}: no table, no entry per member, and a name found by a short scan. Larger objects get a hash
 * index, so that a document with thousands of members is not quadratic.
 *
 * <p>Only the reader adds members; to everyone else, including {@link JsonValue.ObjectValue}, which holds it without
 * a copy or a wrapper, the map is unmodifiable.
 */
final class DecodedMembers extends AbstractMap<String, JsonValue> {

    /** Up to this many members a scan finds a name faster than a hash lookup. */
    private static final int SCAN_LIMIT = 8;
    /**
     * How many members carry plain bits: the bits of an {@code int}, which covers nearly every object in events (two
     * {@code long}s would make every decoded object 8 bytes larger).
     */
    private static final int TRACKED = Integer.SIZE;

    private String[] names = new String[4];
    private JsonValue[] values = new JsonValue[4];
    private int size;
    /** Name to position, made once the object outgrows {@link #SCAN_LIMIT}. */
    private HashMap<String, Integer> index;
    /**
     * Bit i: member i's name was plain printable ASCII in the input, so writing it back needs no escape check (see
     * {@link JsonWriter#value(String, boolean)}). Only the first {@link #TRACKED} members are tracked.
     */
    private int plainNames;
    /** Bit i: member i's value is a {@link JsonValue.StringValue} that was plain printable ASCII in the input. */
    private int plainStrings;
    /**
     * Bit (length mod 32) of every name added: a name whose bit is clear cannot repeat an earlier one, and is added
     * without comparing it with each name before it. Fits in the object's padding, so it costs no memory.
     */
    private int nameLengths;

    /**
     * Adds a member, or replaces the value of a name seen before at that name's first position, as JavaScript's
     * {@code JSON.parse} does.
     *
     * @param namePlain whether the name was plain printable ASCII in the input
     * @param stringPlain whether the value is a string that was plain printable ASCII in the input
     */
    void add(String name, boolean namePlain, JsonValue value, boolean stringPlain) {
        int lengthBit = 1 << name.length(); // Java takes the shift's distance mod 32
        int at = (nameLengths & lengthBit) == 0 ? -1 : indexOf(name);
        nameLengths |= lengthBit;
        if (at >= 0) {
            values[at] = value;
            int bit = bit(at);
            plainStrings = stringPlain ? plainStrings | bit : plainStrings & ~bit;
            return;
        }
        int bit = bit(size);
        plainNames |= namePlain ? bit : 0;
        plainStrings |= stringPlain ? bit : 0;
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
        if (index != null) {
            index.put(name, size - 1);
        } else if (size > SCAN_LIMIT) {
            index = new HashMap<>();
            for (int i = 0; i < size; i++) {
                index.put(names[i], i);
            }
        }
    }

    /**
     * {@return member i's bit in the plain words, or 0 beyond the tracked members, which therefore always read as not
     *     plain (a bare shift would wrap around, since Java masks its distance to 0..31)}
     */
    private static int bit(int i) {
        return i < TRACKED ? 1 << i : 0;
    }

    private int indexOf(Object name) {
        if (index != null) {
            Integer at = index.get(name);
            return at == null ? -1 : at;
        }
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Writes the members in order, each name and value, for {@link JsonValue.ObjectValue#writeTo}. Names and strings
     * that were plain in the input are copied without the writer's check of every char: schemas and metadata are
     * mostly short plain names, and that check was most of the cost of writing them.
     */
    void writeMembers(JsonWriter writer) {
        for (int i = 0; i < size; i++) {
            int bit = bit(i);
            writer.name(names[i], (plainNames & bit) != 0);
            writer.treeValue(values[i], (plainStrings & bit) != 0);
        }
    }

    @Override
    public JsonValue get(Object name) {
        int at = indexOf(name);
        return at < 0 ? null : values[at];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Map.Entry<String, JsonValue>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, JsonValue>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<String, JsonValue> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(names[at], values[at]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }

            /** Also the map's own {@code clear}, which {@code AbstractMap} does through this set. */
            @Override
            public void clear() {
                throw new UnsupportedOperationException("a decoded JSON object is unmodifiable");
            }
        };
    }
}
