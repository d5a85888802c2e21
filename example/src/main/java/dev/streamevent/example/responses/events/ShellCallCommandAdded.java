package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A shell call gained a command: {@code response.shell_call_command.added}. */
@StreamEvent(type = "response.shell_call_command.added")
public interface ShellCallCommandAdded extends ShellCommandEvent {
    /** @return the command text so far */
    String command();
}
