package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A chunk of base64 audio output: {@code response.audio.delta}. */
@StreamEvent(type = "response.audio.delta")
public interface AudioDelta extends SequencedEvent, StreamedDelta {
}
