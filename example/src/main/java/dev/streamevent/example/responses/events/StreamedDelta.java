package dev.streamevent.example.responses.events;

import java.util.Optional;

/** A mixin for incremental events: the {@code delta} text and OpenAI's optional {@code obfuscation} padding. */
public interface StreamedDelta extends DeltaText {
    /**
     * Random padding that OpenAI adds to delta events to hide their length on the wire (seen on output-text,
     * function-argument and reasoning-summary deltas). Absent when the client turned it off, and on OpenRouter.
     *
     * @return the padding, or empty
     */
    Optional<String> obfuscation();
}
