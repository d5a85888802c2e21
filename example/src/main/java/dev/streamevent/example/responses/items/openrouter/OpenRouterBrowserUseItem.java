package dev.streamevent.example.responses.items.openrouter;

import dev.streamevent.JsonName;
import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;

/** A browser action run by OpenRouter: output item {@code openrouter:browser_use}. */
@StreamEvent(type = "openrouter:browser_use")
public interface OpenRouterBrowserUseItem extends OpenRouterToolItem {
    @Nullable
    String action();

    @Nullable
    @JsonName("screenshotB64")
    String screenshotB64();
}
