package dev.streamevent.example.responses.content;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;

/** A file in a code interpreter container cited by the text: annotation {@code container_file_citation}. */
@StreamEvent(type = "container_file_citation")
public interface ContainerFileCitation extends TextSpan, FileReference {
    @Nullable
    String containerId();

    @Nullable
    String filename();
}
