package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;

/** A fusion panel model finished, with its whole answer: {@code response.fusion_call.panel.completed}. */
@StreamEvent(type = "response.fusion_call.panel.completed")
public interface FusionCallPanelCompleted extends FusionPanelEvent {
    /** @return the panel model's full answer */
    @Nullable
    String content();
}
