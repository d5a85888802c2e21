package dev.streamevent.example.responses;

import dev.streamevent.UnknownFields;
import dev.streamevent.runtime.JsonValue;
import java.util.Map;

/**
 * The base of every catalogue type: it keeps the JSON members the type does not declare, so that decode then encode
 * loses nothing, even when a server adds members that no SDK knows yet.
 */
public interface WireObject {

    /**
     * The members of the JSON object that the type does not declare, in arrival order.
     *
     * @return the undeclared members; empty, never {@code null}, when there were none
     */
    @UnknownFields
    Map<String, JsonValue> unknownFields();
}
