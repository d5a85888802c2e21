package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.model.ImageGenerationOptions;

/** A hosted image generation: output item {@code image_generation_call}. */
@StreamEvent(type = "image_generation_call")
public interface ImageGenerationCallItem extends IdentifiedItem, ImageGenerationOptions {
    /** @return the final image, base64-encoded; only on {@code output_item.done} */
    @Nullable
    String result();

    @Nullable
    String revisedPrompt();

    /** @return OpenRouter: the prompt the image was generated from */
    @Nullable
    String prompt();
}
