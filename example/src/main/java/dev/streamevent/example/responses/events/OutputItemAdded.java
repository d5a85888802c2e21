package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A new output item started: {@code response.output_item.added}. */
@StreamEvent(type = "response.output_item.added")
public interface OutputItemAdded extends OutputItemEvent {
}
