package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** An OpenRouter {@code openrouter:fusion} call started: {@code response.fusion_call.in_progress}. */
@StreamEvent(type = "response.fusion_call.in_progress")
public interface FusionCallInProgress extends ItemEvent {
}
