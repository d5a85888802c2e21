package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A chunk of reasoning-summary text: {@code response.reasoning_summary_text.delta}. */
@StreamEvent(type = "response.reasoning_summary_text.delta")
public interface ReasoningSummaryTextDelta extends SummaryIndexedEvent, StreamedDelta {
}
