package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;

/** The complete diff of an {@code apply_patch_call}: {@code response.apply_patch_call_operation_diff.done}. */
@StreamEvent(type = "response.apply_patch_call_operation_diff.done")
public interface ApplyPatchCallOperationDiffDone extends ItemEvent {
    /** @return the whole V4A diff */
    String diff();
}
