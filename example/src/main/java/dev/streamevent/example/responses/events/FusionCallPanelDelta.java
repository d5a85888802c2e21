package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A chunk of a fusion panel model's answer: {@code response.fusion_call.panel.delta}. */
@StreamEvent(type = "response.fusion_call.panel.delta")
public interface FusionCallPanelDelta extends FusionPanelEvent, StreamedDelta {
}
