package dev.streamevent.example.responses.content;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import java.util.OptionalInt;

/** An uploaded file cited by the text: annotation {@code file_citation}. */
@StreamEvent(type = "file_citation")
public interface FileCitation extends FileReference {
    @Nullable
    String filename();

    /** @return the position in the text */
    OptionalInt index();
}
