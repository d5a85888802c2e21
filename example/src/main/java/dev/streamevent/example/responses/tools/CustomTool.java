package dev.streamevent.example.responses.tools;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import dev.streamevent.runtime.JsonValue;

/** A tool that takes freeform text, optionally constrained by a grammar: tool {@code custom}. */
@StreamEvent(type = "custom")
public interface CustomTool extends Tool, WireObject {
    String name();

    @Nullable
    String description();

    /** @return {@code {"type":"text"}} or a grammar */
    @Nullable
    JsonValue format();
}
