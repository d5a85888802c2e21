package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;

/** Delete a file: apply-patch operation {@code delete_file}. */
@StreamEvent(type = "delete_file")
public interface DeleteFileOperation extends FileOperation {
}
