package dev.streamevent.processor.validate;

import dev.streamevent.processor.Diagnostics;
import dev.streamevent.processor.ErrorTag;
import dev.streamevent.processor.discover.AnnotatedTypes;
import dev.streamevent.processor.discover.Annotations;
import dev.streamevent.processor.model.EventModel;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the families an event belongs to, through its super-interfaces, and so the name of the JSON member that holds
 * its type. Every family of one event must agree on it.
 */
final class FamilyMembership {
    private final Elements elements;
    private final Types types;
    private final Diagnostics diagnostics;

    FamilyMembership(Elements elements, Types types, Diagnostics diagnostics) {
        this.elements = elements;
        this.types = types;
        this.diagnostics = diagnostics;
    }

    /** The event's discriminator member name; {@code "type"} when it belongs to no family. */
    String discriminator(TypeElement event, AnnotationMirror eventAnnotation) {
        Map<String, String> byFamily = new LinkedHashMap<>();
        collect(event, new LinkedHashSet<>(), byFamily);
        Set<String> distinct = new LinkedHashSet<>(byFamily.values());
        if (distinct.size() > 1) {
            diagnostics.error(ErrorTag.StreamEventConflictingDiscriminators, event.getSimpleName() + " belongs to"
                    + " families that name its type member differently: " + byFamily + ". An event has one type"
                    + " member; make the families' discriminators agree, or leave one of the families.",
                    event, eventAnnotation, null);
        }
        return distinct.stream().findFirst().orElse(EventModel.DEFAULT_DISCRIMINATOR);
    }

    private void collect(TypeElement type, Set<String> visited, Map<String, String> byFamily) {
        for (TypeMirror superinterface : type.getInterfaces()) {
            Element element = types.asElement(superinterface);
            if (!(element instanceof TypeElement superType)
                    || !visited.add(superType.getQualifiedName().toString())) {
                continue;
            }
            Optional<AnnotationMirror> family = Annotations.find(superType, AnnotatedTypes.STREAM_FAMILY);
            family.ifPresent(mirror -> byFamily.put(superType.getSimpleName().toString(),
                    String.valueOf(Annotations.value(elements, mirror, "discriminator").getValue())));
            collect(superType, visited, byFamily);
        }
    }
}
