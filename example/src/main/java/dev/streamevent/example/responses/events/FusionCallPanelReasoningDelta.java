package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A chunk of a fusion panel model's reasoning: {@code response.fusion_call.panel.reasoning.delta}. */
@StreamEvent(type = "response.fusion_call.panel.reasoning.delta")
public interface FusionCallPanelReasoningDelta extends FusionPanelEvent, StreamedDelta {
}
