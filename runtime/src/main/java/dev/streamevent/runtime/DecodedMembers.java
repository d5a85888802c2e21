package dev.streamevent.runtime;

import java.util.LinkedHashMap;

/**
 * The members of an object that {@link JsonReader#readValue()} is building. The reader lets go of the map once it
 * hands it to {@link JsonValue.ObjectValue}, which can therefore wrap it instead of copying it: no one else ever holds
 * a reference that could change it.
 */
final class DecodedMembers extends LinkedHashMap<String, JsonValue> {

    private static final long serialVersionUID = 1L;
}
