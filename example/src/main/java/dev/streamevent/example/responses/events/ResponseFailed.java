package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** The response failed (see {@code response.error}): {@code response.failed}. */
@StreamEvent(type = "response.failed")
public interface ResponseFailed extends ResponseLifecycleEvent {
}
