package dev.streamevent.example.responses.items.openrouter;

import dev.streamevent.JsonName;
import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import java.util.OptionalInt;

/** A bash command run by OpenRouter: output item {@code openrouter:bash}. */
@StreamEvent(type = "openrouter:bash")
public interface OpenRouterBashItem extends OpenRouterToolItem {
    @Nullable
    String callId();

    @Nullable
    String arguments();

    @Nullable
    String command();

    @Nullable
    String stdout();

    @Nullable
    String stderr();

    @JsonName("exitCode")
    OptionalInt exitCode();
}
