package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** An image generation call started: {@code response.image_generation_call.in_progress}. */
@StreamEvent(type = "response.image_generation_call.in_progress")
public interface ImageGenerationCallInProgress extends OutputIndexFirst, ItemEvent {
}
