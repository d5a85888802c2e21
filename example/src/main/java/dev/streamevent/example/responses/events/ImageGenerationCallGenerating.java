package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** An image generation call is producing the image: {@code response.image_generation_call.generating}. */
@StreamEvent(type = "response.image_generation_call.generating")
public interface ImageGenerationCallGenerating extends OutputIndexFirst, ItemEvent {
}
