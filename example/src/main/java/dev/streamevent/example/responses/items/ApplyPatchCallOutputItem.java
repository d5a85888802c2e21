package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;

/** The result of applying a patch: output item {@code apply_patch_call_output}. */
@StreamEvent(type = "apply_patch_call_output")
public interface ApplyPatchCallOutputItem extends IdentifiedItem, ToolCallItem {
    @Nullable
    String output();
}
