package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.model.ShellAction;
import dev.streamevent.runtime.JsonValue;

/** Shell commands to run in a managed environment: output item {@code shell_call}. */
@StreamEvent(type = "shell_call")
public interface ShellCallItem extends IdentifiedItem, ToolCallItem {
    @Nullable
    ShellAction action();

    @Nullable
    String arguments();

    @Nullable
    JsonValue environment();
}
