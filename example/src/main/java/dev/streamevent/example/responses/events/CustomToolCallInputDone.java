package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** The complete input of a custom tool call: {@code response.custom_tool_call_input.done}. */
@StreamEvent(type = "response.custom_tool_call_input.done")
public interface CustomToolCallInputDone extends ItemEvent {
    /** @return the whole input text */
    String input();
}
