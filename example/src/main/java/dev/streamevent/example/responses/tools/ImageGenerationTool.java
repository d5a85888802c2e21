package dev.streamevent.example.responses.tools;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import dev.streamevent.example.responses.model.ImageGenerationOptions;
import dev.streamevent.runtime.JsonValue;
import java.util.OptionalInt;

/** Hosted image generation: tool {@code image_generation}. */
@StreamEvent(type = "image_generation")
public interface ImageGenerationTool extends Tool, WireObject, ImageGenerationOptions {
    /** @return {@code gpt-image-1}, ...; OpenAI leaves it out, Azure sends it */
    @Nullable
    String model();

    @Nullable
    String moderation();

    /** @return the number of images; sent by OpenAI although no SDK declares it */
    OptionalInt n();

    OptionalInt outputCompression();

    OptionalInt partialImages();

    @Nullable
    String inputFidelity();

    @Nullable
    JsonValue inputImageMask();

    /** @return {@code generate}, {@code edit} or {@code auto} */
    @Nullable
    String action();
}
