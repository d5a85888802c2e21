package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A code interpreter call is running its code: {@code response.code_interpreter_call.interpreting}. */
@StreamEvent(type = "response.code_interpreter_call.interpreting")
public interface CodeInterpreterCallInterpreting extends ItemEvent {
}
