package dev.streamevent.example.responses.items.openrouter;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;

/** A search among the available tools: output item {@code openrouter:tool_search}. */
@StreamEvent(type = "openrouter:tool_search")
public interface OpenRouterToolSearchItem extends OpenRouterToolItem {
    @Nullable
    String query();
}
