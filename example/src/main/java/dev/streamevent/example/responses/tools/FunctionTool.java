package dev.streamevent.example.responses.tools;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import dev.streamevent.runtime.JsonValue;

/** A function the client defined: tool {@code function}. */
@StreamEvent(type = "function")
public interface FunctionTool extends Tool, WireObject {
    String name();

    @Nullable
    String description();

    /** @return the JSON Schema of the arguments */
    @Nullable
    JsonValue parameters();

    @Nullable
    Boolean strict();

    @Nullable
    Boolean deferLoading();
}
