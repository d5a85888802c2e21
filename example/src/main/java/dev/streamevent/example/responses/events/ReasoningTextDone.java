package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** The complete raw reasoning text of a part: {@code response.reasoning_text.done}. */
@StreamEvent(type = "response.reasoning_text.done")
public interface ReasoningTextDone extends OutputIndexFirst, ContentEvent {
    /** @return the whole reasoning text */
    String text();
}
