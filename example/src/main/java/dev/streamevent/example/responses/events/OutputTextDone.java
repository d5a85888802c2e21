package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** The complete text of an output-text part: {@code response.output_text.done}. */
@StreamEvent(type = "response.output_text.done")
public interface OutputTextDone extends ContentEvent, FullText, TextLogprobs {
}
