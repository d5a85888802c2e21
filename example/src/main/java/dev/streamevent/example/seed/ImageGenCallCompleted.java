package dev.streamevent.example.seed;

import dev.streamevent.StreamEvent;

/**
 * The event this project started from: the OpenRouter SDK's
 * {@code OpenResponsesStreamEventResponseImageGenerationCallCompleted}, declared exactly as a user would.
 */
@StreamEvent(type = "response.image_generation_call.completed")
public interface ImageGenCallCompleted {
    String itemId();

    int outputIndex();

    int sequenceNumber();
}
