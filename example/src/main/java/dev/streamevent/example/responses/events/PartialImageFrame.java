package dev.streamevent.example.responses.events;

/**
 * The frame of {@link ImageGenerationCallPartialImage}, on its own so that the event can list it before
 * {@code ImageGenerationOptions}: OpenAI and Azure write the frame's members before the options.
 */
public interface PartialImageFrame {
    /** @return the number of this partial frame, from 0 */
    int partialImageIndex();

    /** @return the frame, base64-encoded in the requested output format */
    String partialImageB64();
}
