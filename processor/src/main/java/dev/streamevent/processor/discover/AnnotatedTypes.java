package dev.streamevent.processor.discover;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Finds this round's annotated elements, in a stable order, each once even when it carries both annotations. */
public final class AnnotatedTypes {
    public static final String STREAM_EVENT = "dev.streamevent.StreamEvent";
    public static final String STREAM_VALUE = "dev.streamevent.StreamValue";
    public static final String STREAM_FAMILY = "dev.streamevent.StreamFamily";

    private final Elements elements;

    public AnnotatedTypes(Elements elements) {
        this.elements = elements;
    }

    /** The annotated elements of the round, sorted by their qualified name (or their string form, for odd kinds). */
    public List<AnnotatedType> find(RoundEnvironment round) {
        Set<Element> annotated = new LinkedHashSet<>();
        annotated.addAll(annotatedWith(round, STREAM_EVENT));
        annotated.addAll(annotatedWith(round, STREAM_VALUE));
        List<AnnotatedType> found = new ArrayList<>();
        for (Element element : sorted(annotated)) {
            found.add(describe(element));
        }
        return found;
    }

    /** Elements in a stable order: by qualified name (or string form, for odd kinds). */
    public List<Element> sorted(Collection<? extends Element> elements) {
        List<Element> sorted = new ArrayList<>(elements);
        sorted.sort(Comparator.comparing(AnnotatedTypes::sortKey));
        return sorted;
    }

    /** Describes one element, which may come from an earlier round that deferred it. */
    public AnnotatedType describe(Element element) {
        return new AnnotatedType(
                element, Annotations.find(element, STREAM_EVENT), Annotations.find(element, STREAM_VALUE));
    }

    /** The round's elements that carry the annotation of that qualified name. */
    public Set<? extends Element> annotatedWith(RoundEnvironment round, String annotationName) {
        TypeElement annotation = elements.getTypeElement(annotationName);
        return annotation == null ? Set.of() : round.getElementsAnnotatedWith(annotation);
    }

    private static String sortKey(Element element) {
        return element instanceof TypeElement type ? type.getQualifiedName().toString() : element.toString();
    }

    /** Whether an element carries {@code @StreamEvent} or {@code @StreamValue}. */
    public static boolean isEventOrValue(Element element) {
        return Annotations.find(element, STREAM_EVENT).isPresent() || Annotations.find(element, STREAM_VALUE).isPresent();
    }

    /** Whether an interface has a generated codec: then it may be a property type. */
    public static boolean isAnnotated(Element element) {
        return Annotations.find(element, STREAM_EVENT).isPresent() || Annotations.find(element, STREAM_VALUE).isPresent()
                || Annotations.find(element, STREAM_FAMILY).isPresent();
    }
}
