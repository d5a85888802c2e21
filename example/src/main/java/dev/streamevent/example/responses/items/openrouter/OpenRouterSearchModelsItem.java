package dev.streamevent.example.responses.items.openrouter;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;

/** A search among OpenRouter's models: output item {@code openrouter:experimental__search_models}. */
@StreamEvent(type = "openrouter:experimental__search_models")
public interface OpenRouterSearchModelsItem extends OpenRouterToolItem {
    @Nullable
    String query();

    @Nullable
    String arguments();
}
