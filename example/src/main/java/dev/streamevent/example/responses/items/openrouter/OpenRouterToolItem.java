package dev.streamevent.example.responses.items.openrouter;

import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.items.OutputItemBase;

/** The member every OpenRouter server-tool item ({@code openrouter:*}) has: an optional {@code id}. */
public interface OpenRouterToolItem extends OutputItemBase {
    @Nullable
    String id();
}
