package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A fusion panel model started: {@code response.fusion_call.panel.added}. */
@StreamEvent(type = "response.fusion_call.panel.added")
public interface FusionCallPanelAdded extends FusionPanelEvent {
}
