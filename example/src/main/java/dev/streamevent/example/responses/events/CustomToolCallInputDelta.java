package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A chunk of a custom (freeform) tool call's input: {@code response.custom_tool_call_input.delta}. */
@StreamEvent(type = "response.custom_tool_call_input.delta")
public interface CustomToolCallInputDelta extends ItemEvent, StreamedDelta {
}
