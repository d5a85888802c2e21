package dev.streamevent.example.responses.items.openrouter;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.runtime.JsonValue;

/** A memory read, write or delete: output item {@code openrouter:memory}. */
@StreamEvent(type = "openrouter:memory")
public interface OpenRouterMemoryItem extends OpenRouterToolItem {
    /** @return {@code read}, {@code write} or {@code delete} */
    @Nullable
    String action();

    @Nullable
    String key();

    @Nullable
    JsonValue value();
}
