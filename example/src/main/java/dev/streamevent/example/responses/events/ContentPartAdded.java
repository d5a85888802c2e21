package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A new content part started: {@code response.content_part.added}. */
@StreamEvent(type = "response.content_part.added")
public interface ContentPartAdded extends ContentPartEvent {
}
