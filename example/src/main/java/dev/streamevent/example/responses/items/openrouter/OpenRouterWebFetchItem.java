package dev.streamevent.example.responses.items.openrouter;

import dev.streamevent.JsonName;
import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import java.util.OptionalInt;

/** A web page fetched by OpenRouter: output item {@code openrouter:web_fetch}. */
@StreamEvent(type = "openrouter:web_fetch")
public interface OpenRouterWebFetchItem extends OpenRouterToolItem {
    @Nullable
    String url();

    @Nullable
    String title();

    @Nullable
    String content();

    @Nullable
    String error();

    @JsonName("httpStatus")
    OptionalInt httpStatus();
}
