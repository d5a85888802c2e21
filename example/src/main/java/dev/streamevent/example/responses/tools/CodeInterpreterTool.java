package dev.streamevent.example.responses.tools;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import dev.streamevent.runtime.JsonValue;

/** Hosted Python execution: tool {@code code_interpreter}. */
@StreamEvent(type = "code_interpreter")
public interface CodeInterpreterTool extends Tool, WireObject {
    /** @return a container id, or {@code {"type":"auto",...}} */
    @Nullable
    JsonValue container();
}
