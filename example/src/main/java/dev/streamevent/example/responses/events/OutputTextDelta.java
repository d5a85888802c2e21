package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A chunk of output text: {@code response.output_text.delta}. */
@StreamEvent(type = "response.output_text.delta")
public interface OutputTextDelta extends ContentEvent, DeltaText, TextLogprobs, StreamedDelta {
}
