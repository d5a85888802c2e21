package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;

/** One likely alternative to an output token ({@code logprobs[].top_logprobs[]}). */
@StreamValue
public interface TopLogprob extends TokenLogprob {
}
