package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A new reasoning-summary part started: {@code response.reasoning_summary_part.added}. */
@StreamEvent(type = "response.reasoning_summary_part.added")
public interface ReasoningSummaryPartAdded extends ReasoningSummaryPartEvent {
}
