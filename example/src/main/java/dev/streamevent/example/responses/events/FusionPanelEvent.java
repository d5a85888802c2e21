package dev.streamevent.example.responses.events;

import dev.streamevent.example.responses.Nullable;

/** An event about one panel model of an OpenRouter {@code openrouter:fusion} call: adds the panel's {@code model}. */
public interface FusionPanelEvent extends ItemEvent {
    /** @return the slug of the panel model, such as {@code openai/gpt-5} */
    @Nullable
    String model();
}
