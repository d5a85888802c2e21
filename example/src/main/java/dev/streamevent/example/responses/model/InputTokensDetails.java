package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.WireObject;
import java.util.OptionalInt;

/** The breakdown of input tokens ({@code usage.input_tokens_details}). */
@StreamValue
public interface InputTokensDetails extends WireObject {
    OptionalInt cachedTokens();

    /** @return tokens written to the prompt cache; real {@code response.completed} events leave it out */
    OptionalInt cacheWriteTokens();
}
