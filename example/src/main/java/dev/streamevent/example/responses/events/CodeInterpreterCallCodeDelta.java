package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A chunk of the code a code interpreter call runs: {@code response.code_interpreter_call_code.delta}. */
@StreamEvent(type = "response.code_interpreter_call_code.delta")
public interface CodeInterpreterCallCodeDelta extends ItemEvent, StreamedDelta {
}
