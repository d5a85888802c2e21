package dev.streamevent.processor.validate;

import dev.streamevent.processor.Diagnostics;
import dev.streamevent.processor.ErrorTag;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/** The checks every annotated type needs, whatever it becomes: an interface, not generic, visible to its package. */
final class TypeChecks {
    private final Diagnostics diagnostics;

    TypeChecks(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Reports, at the annotation, an element that is not an interface; {@code shape} says what to declare instead. */
    boolean isInterface(Element element, AnnotationMirror annotation, String shape) {
        if (element.getKind() == ElementKind.INTERFACE) {
            return true;
        }
        diagnostics.error(ErrorTag.StreamEventNotInterface, "@" + simpleName(annotation) + " applies to interfaces"
                + " only, and this is " + kindName(element.getKind()) + ". Declare it as an interface " + shape + ".",
                element, annotation, null);
        return false;
    }

    void notGeneric(TypeElement type, AnnotationMirror annotation) {
        if (!type.getTypeParameters().isEmpty()) {
            diagnostics.error(ErrorTag.StreamEventGenericType, type.getSimpleName() + " has type parameters, but a"
                    + " codec decodes one concrete type. Remove the type parameters; a generic super-interface with"
                    + " concrete arguments is fine.", type, annotation, null);
        }
    }

    /** The generated classes live in the interface's package and must implement or name it. */
    void accessible(TypeElement type, AnnotationMirror annotation) {
        for (Element current = type; current != null && current.getKind() != ElementKind.PACKAGE;
                current = current.getEnclosingElement()) {
            if (!(current instanceof TypeElement)) {
                diagnostics.error(ErrorTag.StreamEventNotAccessible, type.getSimpleName() + " is declared inside a"
                        + " method, where generated code cannot see it. Move it to the top level or into a class.",
                        type, annotation, null);
                return;
            }
            if (current.getModifiers().contains(Modifier.PRIVATE)) {
                String where = current == type ? "it is private" : "it is inside the private " + current.getSimpleName();
                diagnostics.error(ErrorTag.StreamEventNotAccessible, type.getSimpleName() + " cannot be implemented by"
                        + " generated code in its package because " + where + ". Make it package-private or public.",
                        type, annotation, null);
                return;
            }
        }
    }

    private static String simpleName(AnnotationMirror annotation) {
        return annotation.getAnnotationType().asElement().getSimpleName().toString();
    }

    private static String kindName(ElementKind kind) {
        switch (kind) {
            case ANNOTATION_TYPE:
                return "an annotation type";
            case ENUM:
                return "an enum";
            case RECORD:
                return "a record";
            case CLASS:
                return "a class";
            default:
                return "a " + kind.toString().toLowerCase(Locale.ROOT);
        }
    }
}
