package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** A chunk of an {@code apply_patch_call}'s {@code operation.diff}: {@code response.apply_patch_call_operation_diff.delta}. */
@StreamEvent(type = "response.apply_patch_call_operation_diff.delta")
public interface ApplyPatchCallOperationDiffDelta extends ItemEvent, StreamedDelta {
}
