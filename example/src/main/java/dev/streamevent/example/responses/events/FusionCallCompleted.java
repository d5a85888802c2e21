package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** An OpenRouter fusion call finished: {@code response.fusion_call.completed}. */
@StreamEvent(type = "response.fusion_call.completed")
public interface FusionCallCompleted extends ItemEvent {
}
