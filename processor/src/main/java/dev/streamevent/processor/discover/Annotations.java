package dev.streamevent.processor.discover;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads annotations as mirrors, so that we never need the annotation classes loaded and keep each mirror for errors. */
public final class Annotations {

    private Annotations() {
    }

    /** The annotation of that qualified name on the element, if present. */
    public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (typeName(mirror).equals(qualifiedName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** The value of an annotation member, taking the member's default when it was not written. */
    public static AnnotationValue value(Elements elements, AnnotationMirror mirror, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return entry.getValue();
            }
        }
        throw new IllegalArgumentException("no member " + member + " in " + mirror);
    }

    /** The value as written in the source, or {@code null} when it comes from the member's default. */
    public static AnnotationValue explicitValue(AnnotationMirror mirror, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /**
     * An annotation whose simple name is {@code Nullable}, from any library, either on the method (declaration
     * annotations such as JSR 305's) or on its return type (type-use annotations such as JSpecify's).
     */
    public static Optional<AnnotationMirror> nullable(ExecutableElement method) {
        Optional<AnnotationMirror> onMethod = findBySimpleName(method.getAnnotationMirrors(), "Nullable");
        return onMethod.isPresent() ? onMethod : findBySimpleName(method.getReturnType().getAnnotationMirrors(), "Nullable");
    }

    private static Optional<AnnotationMirror> findBySimpleName(
            Iterable<? extends AnnotationMirror> mirrors, String simpleName) {
        for (AnnotationMirror mirror : mirrors) {
            if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    private static String typeName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }
}
