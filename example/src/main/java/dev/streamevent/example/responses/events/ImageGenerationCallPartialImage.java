package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.model.ImageGenerationOptions;

/** A partial frame of an image being generated: {@code response.image_generation_call.partial_image}. */
@StreamEvent(type = "response.image_generation_call.partial_image")
public interface ImageGenerationCallPartialImage extends OutputIndexFirst, ItemEvent, PartialImageFrame,
        ImageGenerationOptions {
}
