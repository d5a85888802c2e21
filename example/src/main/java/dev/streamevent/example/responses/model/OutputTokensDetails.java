package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.WireObject;
import java.util.OptionalInt;

/** The breakdown of output tokens ({@code usage.output_tokens_details}). */
@StreamValue
public interface OutputTokensDetails extends WireObject {
    OptionalInt reasoningTokens();
}
