package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A chunk of the transcript of the audio output: {@code response.audio.transcript.delta}. */
@StreamEvent(type = "response.audio.transcript.delta")
public interface AudioTranscriptDelta extends SequencedEvent, StreamedDelta {
}
