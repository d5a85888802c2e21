package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.model.DebugInfo;

/** OpenRouter's debug event (with {@code debug.echo_upstream_body}): {@code response.debug}. */
@StreamEvent(type = "response.debug")
public interface ResponseDebug extends SequencedEvent {
    /** @return the upstream request body or timing milestones */
    @Nullable
    DebugInfo debug();
}
