package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** The complete refusal text: {@code response.refusal.done}. */
@StreamEvent(type = "response.refusal.done")
public interface RefusalDone extends ContentEvent {
    /** @return the whole refusal */
    String refusal();
}
