package dev.streamevent.example.responses.items.openrouter;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;

/** A file operation run by OpenRouter: output item {@code openrouter:files}. */
@StreamEvent(type = "openrouter:files")
public interface OpenRouterFilesItem extends OpenRouterToolItem {
    @Nullable
    String callId();

    @Nullable
    String arguments();

    @Nullable
    String operation();

    @Nullable
    String fileId();

    @Nullable
    String filename();

    @Nullable
    String result();

    @Nullable
    String error();
}
