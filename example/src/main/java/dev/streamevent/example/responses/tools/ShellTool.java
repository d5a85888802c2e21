package dev.streamevent.example.responses.tools;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import dev.streamevent.runtime.JsonValue;

/** Commands run in a managed environment: tool {@code shell}. */
@StreamEvent(type = "shell")
public interface ShellTool extends Tool, WireObject {
    @Nullable
    JsonValue environment();
}
