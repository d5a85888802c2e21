package dev.streamevent.example.responses.model;

import dev.streamevent.example.responses.Nullable;

/** A mixin for the image settings echoed by image generation tools, calls and partial images. */
public interface ImageGenerationOptions {
    /** @return {@code 1024x1024}, {@code auto}, ... */
    @Nullable
    String size();

    /** @return {@code low}, {@code medium}, {@code high} or {@code auto} */
    @Nullable
    String quality();

    /** @return {@code transparent}, {@code opaque} or {@code auto} */
    @Nullable
    String background();

    /** @return {@code png}, {@code webp} or {@code jpeg} */
    @Nullable
    String outputFormat();
}
