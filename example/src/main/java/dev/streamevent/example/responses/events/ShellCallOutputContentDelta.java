package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;
import dev.streamevent.runtime.JsonValue;

/** A chunk of a shell command's output: {@code response.shell_call_output_content.delta}. */
@StreamEvent(type = "response.shell_call_output_content.delta")
public interface ShellCallOutputContentDelta extends ItemEvent {
    /** @return the position of the command in the call */
    int commandIndex();

    /** @return the new output, an object with {@code stdout} and {@code stderr} text */
    JsonValue delta();
}
