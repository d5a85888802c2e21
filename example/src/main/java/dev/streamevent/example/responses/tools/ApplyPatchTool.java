package dev.streamevent.example.responses.tools;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.WireObject;

/** File edits by unified diffs, applied by the client: tool {@code apply_patch}. */
@StreamEvent(type = "apply_patch")
public interface ApplyPatchTool extends Tool, WireObject {
}
