package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A chunk of a shell call's command: {@code response.shell_call_command.delta}. */
@StreamEvent(type = "response.shell_call_command.delta")
public interface ShellCallCommandDelta extends ShellCommandEvent, StreamedDelta {
}
