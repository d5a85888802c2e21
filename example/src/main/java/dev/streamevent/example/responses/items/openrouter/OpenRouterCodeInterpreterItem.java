package dev.streamevent.example.responses.items.openrouter;

import dev.streamevent.JsonName;
import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import java.util.OptionalInt;

/** Code run by OpenRouter: output item {@code openrouter:code_interpreter}. */
@StreamEvent(type = "openrouter:code_interpreter")
public interface OpenRouterCodeInterpreterItem extends OpenRouterToolItem {
    @Nullable
    String language();

    @Nullable
    String code();

    @Nullable
    String stdout();

    @Nullable
    String stderr();

    @JsonName("exitCode")
    OptionalInt exitCode();
}
