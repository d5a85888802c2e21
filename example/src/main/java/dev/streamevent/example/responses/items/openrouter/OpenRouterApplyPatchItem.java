package dev.streamevent.example.responses.items.openrouter;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.items.ApplyPatchOperation;

/** A patch validated by OpenRouter for the client to apply: output item {@code openrouter:apply_patch}. */
@StreamEvent(type = "openrouter:apply_patch")
public interface OpenRouterApplyPatchItem extends OpenRouterToolItem {
    @Nullable
    String callId();

    @Nullable
    ApplyPatchOperation operation();
}
