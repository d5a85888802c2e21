package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** The audio transcript is complete: {@code response.audio.transcript.done}. */
@StreamEvent(type = "response.audio.transcript.done")
public interface AudioTranscriptDone extends SequencedEvent {
}
