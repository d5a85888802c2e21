package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** An image generation call finished (the image itself is in the item of {@code output_item.done}): {@code response.image_generation_call.completed}. */
@StreamEvent(type = "response.image_generation_call.completed")
public interface ImageGenerationCallCompleted extends OutputIndexFirst, ItemEvent {
}
