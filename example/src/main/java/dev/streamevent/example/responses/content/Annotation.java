package dev.streamevent.example.responses.content;

import dev.streamevent.StreamFamily;

/** A citation attached to output text: the family keyed on {@code type} ({@code url_citation}, {@code file_citation}, ...). */
@StreamFamily
public interface Annotation {
    /** @return {@code url_citation}, {@code file_citation}, {@code container_file_citation} or {@code file_path} */
    String type();
}
