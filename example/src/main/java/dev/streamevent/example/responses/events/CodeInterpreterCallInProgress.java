package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A code interpreter call started: {@code response.code_interpreter_call.in_progress}. */
@StreamEvent(type = "response.code_interpreter_call.in_progress")
public interface CodeInterpreterCallInProgress extends ItemEvent {
}
