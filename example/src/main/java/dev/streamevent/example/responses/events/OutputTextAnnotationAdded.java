package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.content.Annotation;

/** An annotation (a citation) was added to output text: {@code response.output_text.annotation.added}. */
@StreamEvent(type = "response.output_text.annotation.added")
public interface OutputTextAnnotationAdded extends ContentEvent {
    /** @return the position of the annotation in the part's {@code annotations} list */
    int annotationIndex();

    /** @return the annotation; an unknown kind decodes as {@code UnknownAnnotation} */
    @Nullable
    Annotation annotation();
}
