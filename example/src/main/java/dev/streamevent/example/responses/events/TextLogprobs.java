package dev.streamevent.example.responses.events;

import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.model.Logprob;
import java.util.List;

/** A mixin for output-text events that may carry token log probabilities (real streams send {@code []}). */
public interface TextLogprobs {
    /** @return the log probabilities, or {@code null} when the member is absent */
    @Nullable
    List<Logprob> logprobs();
}
