package dev.streamevent.example.responses.events;

/**
 * The whole {@code text} of a finished part, on its own so that {@link OutputTextDone} can list it before
 * {@link TextLogprobs}: OpenAI writes {@code text} before {@code logprobs}.
 */
public interface FullText {
    /** @return the whole text of the part */
    String text();
}
