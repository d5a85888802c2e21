package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.model.ShellCommandOutput;
import java.util.List;

/** A shell command's output is complete: {@code response.shell_call_output_content.done}. */
@StreamEvent(type = "response.shell_call_output_content.done")
public interface ShellCallOutputContentDone extends ItemEvent {
    /** @return the position of the command in the call */
    int commandIndex();

    /** @return the complete output of each command */
    @Nullable
    List<ShellCommandOutput> output();
}
