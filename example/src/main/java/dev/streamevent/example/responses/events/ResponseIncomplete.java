package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** The response stopped early (see {@code incomplete_details}): {@code response.incomplete}. */
@StreamEvent(type = "response.incomplete")
public interface ResponseIncomplete extends ResponseLifecycleEvent {
}
