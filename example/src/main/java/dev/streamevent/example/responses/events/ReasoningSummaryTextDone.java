package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** The complete text of a reasoning-summary part: {@code response.reasoning_summary_text.done}. */
@StreamEvent(type = "response.reasoning_summary_text.done")
public interface ReasoningSummaryTextDone extends SummaryIndexedEvent {
    /** @return the whole summary text */
    String text();
}
