package dev.streamevent.example.responses.events;

import dev.streamevent.example.responses.Nullable;

/** An event about one command of a {@code shell_call} being streamed: {@code output_index} and {@code command_index}. */
public interface ShellCommandEvent extends SequencedEvent {
    /** @return the position of the shell call in the response's {@code output} list */
    int outputIndex();

    /** @return the position of the command in the call's {@code action.commands} */
    int commandIndex();

    /** @return the item id, which the documented shape leaves out */
    @Nullable
    String itemId();
}
