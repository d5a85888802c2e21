package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;

/** A call of a custom (freeform-grammar) tool: output item {@code custom_tool_call}. */
@StreamEvent(type = "custom_tool_call")
public interface CustomToolCallItem extends OutputItemBase, ToolCallItem {
    @Nullable
    String id();

    String name();

    /** @return the freeform input text */
    String input();

    @Nullable
    String namespace();
}
