package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.runtime.JsonValue;

/** A command for the client to run in its local shell: output item {@code local_shell_call}. */
@StreamEvent(type = "local_shell_call")
public interface LocalShellCallItem extends IdentifiedItem, ToolCallItem {
    /** @return the {@code exec} action: command, env, timeout, working directory */
    @Nullable
    JsonValue action();
}
