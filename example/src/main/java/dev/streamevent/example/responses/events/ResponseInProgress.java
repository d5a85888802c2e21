package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** The response is being generated: {@code response.in_progress}. */
@StreamEvent(type = "response.in_progress")
public interface ResponseInProgress extends ResponseLifecycleEvent {
}
