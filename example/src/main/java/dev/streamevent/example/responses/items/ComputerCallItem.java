package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.runtime.JsonValue;
import java.util.List;

/** An action for the client to perform on a computer: output item {@code computer_call}. */
@StreamEvent(type = "computer_call")
public interface ComputerCallItem extends OutputItemBase, ToolCallItem {
    @Nullable
    String id();

    /** @return one action ({@code click}, {@code type}, {@code screenshot}, ...) */
    @Nullable
    JsonValue action();

    /** @return several actions, on newer models */
    @Nullable
    JsonValue actions();

    @Nullable
    List<PendingSafetyCheck> pendingSafetyChecks();
}
