package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import java.util.List;

/** The log probability of one output token, with the most likely alternatives ({@code logprobs[]}). */
@StreamValue
public interface Logprob extends TokenLogprob {
    @Nullable
    List<TopLogprob> topLogprobs();
}
