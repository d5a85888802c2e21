package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** The response was created, before any output: {@code response.created}. */
@StreamEvent(type = "response.created")
public interface ResponseCreated extends ResponseLifecycleEvent {
}
