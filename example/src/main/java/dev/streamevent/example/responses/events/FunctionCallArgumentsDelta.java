package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A chunk of a function call's JSON arguments: {@code response.function_call_arguments.delta}. */
@StreamEvent(type = "response.function_call_arguments.delta")
public interface FunctionCallArgumentsDelta extends ItemEvent, StreamedDelta {
}
