package dev.streamevent.example.responses.model;

import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import java.util.List;

/** The members shared by a token's log probability and by its alternatives. */
public interface TokenLogprob extends WireObject {
    /** @return the token text */
    String token();

    /** @return the natural log of the token's probability */
    double logprob();

    /** @return the token's UTF-8 bytes */
    @Nullable
    List<Integer> bytes();
}
