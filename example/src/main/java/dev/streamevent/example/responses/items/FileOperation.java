package dev.streamevent.example.responses.items;

import dev.streamevent.example.responses.WireObject;

/** The member every apply-patch operation has: the file's {@code path}. */
public interface FileOperation extends ApplyPatchOperation, WireObject {
    String path();
}
