package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;

/** Create a file from a diff: apply-patch operation {@code create_file}. */
@StreamEvent(type = "create_file")
public interface CreateFileOperation extends FileOperation {
    /** @return the V4A diff; empty until it has streamed */
    @Nullable
    String diff();
}
