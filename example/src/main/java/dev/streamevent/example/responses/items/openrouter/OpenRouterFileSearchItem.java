package dev.streamevent.example.responses.items.openrouter;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import java.util.List;

/** A file search run by OpenRouter: output item {@code openrouter:file_search}. */
@StreamEvent(type = "openrouter:file_search")
public interface OpenRouterFileSearchItem extends OpenRouterToolItem {
    @Nullable
    List<String> queries();
}
