package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;

/** A call of a function the client defined: output item {@code function_call}. */
@StreamEvent(type = "function_call")
public interface FunctionCallItem extends OutputItemBase, ToolCallItem {
    @Nullable
    String id();

    String name();

    /** @return the arguments, a JSON text (empty while they stream) */
    String arguments();

    @Nullable
    String namespace();
}
