package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;

/** A request to create, update or delete a file: output item {@code apply_patch_call}. */
@StreamEvent(type = "apply_patch_call")
public interface ApplyPatchCallItem extends IdentifiedItem, ToolCallItem {
    /** @return the operation; its {@code diff} streams in {@code apply_patch_call_operation_diff} events */
    @Nullable
    ApplyPatchOperation operation();
}
