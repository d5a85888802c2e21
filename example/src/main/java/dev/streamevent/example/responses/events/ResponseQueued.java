package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A background response is waiting in the queue: {@code response.queued} (in no SDK union, but sent by OpenAI). */
@StreamEvent(type = "response.queued")
public interface ResponseQueued extends ResponseLifecycleEvent {
}
