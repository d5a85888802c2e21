package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;

/** Change a file with a diff: apply-patch operation {@code update_file}. */
@StreamEvent(type = "update_file")
public interface UpdateFileOperation extends FileOperation {
    /** @return the V4A diff; empty until it has streamed */
    @Nullable
    String diff();
}
