package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A content part is complete: {@code response.content_part.done}. */
@StreamEvent(type = "response.content_part.done")
public interface ContentPartDone extends ContentPartEvent {
}
