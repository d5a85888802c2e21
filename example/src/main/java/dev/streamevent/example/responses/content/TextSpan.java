package dev.streamevent.example.responses.content;

import dev.streamevent.example.responses.WireObject;
import java.util.OptionalInt;

/** The span of output text an annotation covers: {@code start_index} and {@code end_index}. */
public interface TextSpan extends Annotation, WireObject {
    /** @return the index of the first character of the cited text */
    OptionalInt startIndex();

    /** @return the index after the last character of the cited text */
    OptionalInt endIndex();
}
