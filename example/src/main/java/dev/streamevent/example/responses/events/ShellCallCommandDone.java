package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A shell call's command is complete: {@code response.shell_call_command.done}. */
@StreamEvent(type = "response.shell_call_command.done")
public interface ShellCallCommandDone extends ShellCommandEvent {
    /** @return the whole command */
    String command();
}
