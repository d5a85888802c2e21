package dev.streamevent.example.responses.events;

/**
 * The {@code delta} of an incremental event, on its own so that an event can place it before members of other
 * mixins: {@link OutputTextDelta} lists it before {@link TextLogprobs}, and {@link StreamedDelta} after, for OpenAI's
 * order {@code delta}, {@code logprobs}, {@code obfuscation}.
 */
public interface DeltaText {
    /** @return the text appended by this event */
    String delta();
}
