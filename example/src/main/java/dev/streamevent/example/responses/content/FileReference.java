package dev.streamevent.example.responses.content;

import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;

/** An annotation that names an uploaded or generated file. */
public interface FileReference extends Annotation, WireObject {
    @Nullable
    String fileId();
}
