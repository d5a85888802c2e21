package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.model.ShellCommandOutput;
import java.util.List;
import java.util.OptionalInt;

/** The output of a shell call's commands: output item {@code shell_call_output}. */
@StreamEvent(type = "shell_call_output")
public interface ShellCallOutputItem extends IdentifiedItem, ToolCallItem {
    @Nullable
    List<ShellCommandOutput> output();

    OptionalInt maxOutputLength();
}
