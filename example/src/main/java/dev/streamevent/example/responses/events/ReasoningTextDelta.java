package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A chunk of raw reasoning text (open-weight models, OpenRouter): {@code response.reasoning_text.delta}. */
@StreamEvent(type = "response.reasoning_text.delta")
public interface ReasoningTextDelta extends OutputIndexFirst, ContentEvent, StreamedDelta {
}
