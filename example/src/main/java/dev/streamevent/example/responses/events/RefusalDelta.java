package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A chunk of refusal text: {@code response.refusal.delta}. */
@StreamEvent(type = "response.refusal.delta")
public interface RefusalDelta extends ContentEvent, StreamedDelta {
}
