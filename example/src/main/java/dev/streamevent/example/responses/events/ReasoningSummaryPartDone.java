package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A reasoning-summary part is complete: {@code response.reasoning_summary_part.done}. */
@StreamEvent(type = "response.reasoning_summary_part.done")
public interface ReasoningSummaryPartDone extends ReasoningSummaryPartEvent {
}
