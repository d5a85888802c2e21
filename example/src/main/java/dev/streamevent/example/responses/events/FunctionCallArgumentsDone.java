package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;

/** A function call's complete arguments: {@code response.function_call_arguments.done}. */
@StreamEvent(type = "response.function_call_arguments.done")
public interface FunctionCallArgumentsDone extends ItemEvent {
    /** @return the arguments, a JSON text */
    String arguments();

    /** @return the function name; real OpenAI streams leave it out (take it from the item) */
    @Nullable
    String name();
}
