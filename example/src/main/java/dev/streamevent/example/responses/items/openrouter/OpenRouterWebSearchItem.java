package dev.streamevent.example.responses.items.openrouter;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.actions.WebSearchAction;

/** A web search run by OpenRouter: output item {@code openrouter:web_search}. */
@StreamEvent(type = "openrouter:web_search")
public interface OpenRouterWebSearchItem extends OpenRouterToolItem {
    /** @return the search, in the shape of OpenAI's {@code web_search_call.action} */
    @Nullable
    WebSearchAction action();
}
