package dev.streamevent.processor.discover;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * An element that carries {@code @StreamEvent}, {@code @StreamValue} or both (an error the validator reports).
 *
 * @param element the annotated element, of any kind: the validator checks that it is an interface
 * @param event the {@code @StreamEvent} annotation, if present
 * @param value the {@code @StreamValue} annotation, if present
 */
public record AnnotatedType(Element element, Optional<AnnotationMirror> event, Optional<AnnotationMirror> value) {

    /** The annotation that makes this an event or a value; {@code @StreamEvent} when both are present. */
    public AnnotationMirror primaryAnnotation() {
        return event.orElseGet(value::orElseThrow);
    }
}
