package dev.streamevent.runtime;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The elements of an array that {@link JsonReader#readValue()} builds, in document order. As with
 * {@link DecodedMembers}, only the reader adds elements, and it lets go of the list once it hands it to
 * {@link JsonValue.ArrayValue}, which holds it without a copy or a wrapper: to everyone else it is unmodifiable.
 */
final class DecodedElements extends AbstractList<JsonValue> implements RandomAccess {

    /**
     * How many elements carry plain bits: the bits of one {@code long}. (An object tracks 32 members, in an
     * {@code int}: see {@link DecodedMembers}.)
     */
    private static final int TRACKED = Long.SIZE;

    private JsonValue[] elements = new JsonValue[4];
    private int size;
    /**
     * Bit i: element i is a {@link JsonValue.StringValue} that was plain printable ASCII in the input, so writing it
     * back needs no escape check (see {@link JsonWriter#value(String, boolean)}).
     */
    private long plainStrings;

    /**
     * Appends an element.
     *
     * @param stringPlain whether the element is a string that was plain printable ASCII in the input
     */
    void append(JsonValue value, boolean stringPlain) {
        if (size == elements.length) {
            elements = Arrays.copyOf(elements, size * 2);
        }
        plainStrings |= stringPlain ? bit(size) : 0;
        elements[size++] = value;
    }

    /** Writes the elements in order, for {@link JsonValue.ArrayValue#writeTo}; plain strings skip the char check. */
    void writeElements(JsonWriter writer) {
        for (int i = 0; i < size; i++) {
            writer.treeValue(elements[i], (plainStrings & bit(i)) != 0);
        }
    }

    /**
     * {@return element i's bit in the plain word, or 0 beyond the tracked elements, which therefore always read as not
     *     plain (a bare shift would wrap around, since Java masks its distance to 0..63)}
     */
    private static long bit(int i) {
        return i < TRACKED ? 1L << i : 0;
    }

    @Override
    public JsonValue get(int index) {
        Objects.checkIndex(index, size);
        return elements[index];
    }

    @Override
    public int size() {
        return size;
    }
}
