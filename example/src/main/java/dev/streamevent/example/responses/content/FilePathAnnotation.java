package dev.streamevent.example.responses.content;

import dev.streamevent.StreamEvent;
import java.util.OptionalInt;

/** A path to a file the model produced: annotation {@code file_path}. */
@StreamEvent(type = "file_path")
public interface FilePathAnnotation extends FileReference {
    /** @return the position in the text */
    OptionalInt index();
}
