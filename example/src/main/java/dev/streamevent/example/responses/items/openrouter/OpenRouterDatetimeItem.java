package dev.streamevent.example.responses.items.openrouter;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;

/** The current date and time: output item {@code openrouter:datetime}. */
@StreamEvent(type = "openrouter:datetime")
public interface OpenRouterDatetimeItem extends OpenRouterToolItem {
    @Nullable
    String datetime();

    @Nullable
    String timezone();
}
