package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A code interpreter call finished: {@code response.code_interpreter_call.completed}. */
@StreamEvent(type = "response.code_interpreter_call.completed")
public interface CodeInterpreterCallCompleted extends ItemEvent {
}
