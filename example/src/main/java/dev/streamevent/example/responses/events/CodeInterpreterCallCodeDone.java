package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** The complete code of a code interpreter call: {@code response.code_interpreter_call_code.done}. */
@StreamEvent(type = "response.code_interpreter_call_code.done")
public interface CodeInterpreterCallCodeDone extends ItemEvent {
    /** @return the whole code */
    String code();
}
