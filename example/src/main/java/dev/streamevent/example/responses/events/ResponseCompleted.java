package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** The response finished, with its full output and usage: {@code response.completed}. */
@StreamEvent(type = "response.completed")
public interface ResponseCompleted extends ResponseLifecycleEvent {
}
