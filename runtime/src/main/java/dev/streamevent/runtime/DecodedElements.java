package dev.streamevent.runtime;

import java.util.ArrayList;

/**
 * The elements of an array that {@link JsonReader#readValue()} is building. As with {@link DecodedMembers}, the reader
 * lets go of the list once it hands it to {@link JsonValue.ArrayValue}, which can therefore wrap it instead of copying.
 */
final class DecodedElements extends ArrayList<JsonValue> {

    private static final long serialVersionUID = 1L;
}
