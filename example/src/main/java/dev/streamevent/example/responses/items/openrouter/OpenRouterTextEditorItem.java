package dev.streamevent.example.responses.items.openrouter;

import dev.streamevent.JsonName;
import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;

/** A text-editor command run by OpenRouter: output item {@code openrouter:text_editor}. */
@StreamEvent(type = "openrouter:text_editor")
public interface OpenRouterTextEditorItem extends OpenRouterToolItem {
    /** @return {@code view}, {@code create}, {@code str_replace} or {@code insert} */
    @Nullable
    String command();

    @Nullable
    @JsonName("filePath")
    String filePath();
}
