package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** The audio output is complete: {@code response.audio.done}. */
@StreamEvent(type = "response.audio.done")
public interface AudioDone extends SequencedEvent {
}
