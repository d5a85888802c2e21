package dev.streamevent.processor.validate;

import com.palantir.javapoet.ClassName;
import dev.streamevent.processor.Diagnostics;
import dev.streamevent.processor.ErrorTag;
import dev.streamevent.processor.discover.Accessors;
import dev.streamevent.processor.discover.AnnotatedType;
import dev.streamevent.processor.discover.AnnotatedTypes;
import dev.streamevent.processor.discover.Annotations;
import dev.streamevent.processor.model.EventModel;
import dev.streamevent.processor.model.GeneratedNames;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks one annotated element and builds its {@link EventModel}. Every problem is reported, not just the first, and
 * any problem means no model, so nothing is generated for that type.
 */
public final class EventAnalyzer {
    private final Elements elements;
    private final Diagnostics diagnostics;
    private final PropertyAnalyzer properties;
    private final FamilyMembership families;
    private final TypeChecks checks;

    public EventAnalyzer(Elements elements, Types types, Diagnostics diagnostics) {
        this.elements = elements;
        this.diagnostics = diagnostics;
        this.properties = new PropertyAnalyzer(elements, types, new Accessors(elements, types), diagnostics);
        this.families = new FamilyMembership(elements, types, diagnostics);
        this.checks = new TypeChecks(diagnostics);
    }

    /** The model of a valid annotated interface; empty after reporting every error of an invalid one. */
    public Optional<EventModel> analyze(AnnotatedType candidate) {
        int errorsBefore = diagnostics.errorCount();
        Element element = candidate.element();
        AnnotationMirror annotation = candidate.primaryAnnotation();
        if (!checks.isInterface(element, annotation, "with one accessor method per property; the implementation is"
                + " generated")) {
            return Optional.empty();
        }
        TypeElement type = (TypeElement) element;
        if (Annotations.find(type, AnnotatedTypes.STREAM_FAMILY).isPresent()) {
            return Optional.empty(); // the family analyzer reports the combination, once
        }
        checkSingleAnnotation(candidate);
        Optional<String> typeValue = candidate.event().flatMap(event -> checkedTypeValue(type, event));
        checks.notGeneric(type, annotation);
        checks.accessible(type, annotation);
        NamingStrategy naming = naming(annotation);
        Optional<String> discriminator = candidate.event().map(event -> families.discriminator(type, event));
        PropertyAnalyzer.Result result = properties.analyze(type, naming, discriminator);
        if (diagnostics.errorCount() != errorsBefore) {
            return Optional.empty();
        }
        ClassName className = ClassName.get(type);
        return Optional.of(new EventModel(className, typeValue,
                discriminator.orElse(EventModel.DEFAULT_DISCRIMINATOR), result.declaresTypeAccessor(),
                result.properties(), GeneratedNames.of(className)));
    }

    private void checkSingleAnnotation(AnnotatedType candidate) {
        if (candidate.event().isPresent() && candidate.value().isPresent()) {
            diagnostics.error(ErrorTag.StreamEventConflictingAnnotations, "An interface is either an event"
                    + " (@StreamEvent, with a type tag) or a nested value (@StreamValue, without one), not both."
                    + " Remove one of the two annotations.", candidate.element(), candidate.value().get(), null);
        }
    }

    /** The {@code type} value, when it is usable; reports a blank one or one with whitespace at the string literal. */
    private Optional<String> checkedTypeValue(TypeElement type, AnnotationMirror event) {
        AnnotationValue value = Annotations.value(elements, event, "type");
        String typeValue = (String) value.getValue();
        if (typeValue.isBlank()) {
            diagnostics.error(ErrorTag.StreamEventBlankType, "The type of @StreamEvent is blank. Give the exact value"
                    + " of the JSON \"type\" member, for example @StreamEvent(type = \"response.created\").",
                    type, event, value);
            return Optional.empty();
        }
        if (typeValue.codePoints().anyMatch(Character::isWhitespace)) {
            diagnostics.error(ErrorTag.StreamEventTypeWhitespace, "The type \"" + typeValue + "\" contains whitespace,"
                    + " which no event type on the wire has. Remove the spaces.", type, event, value);
            return Optional.empty();
        }
        return Optional.of(typeValue);
    }

    private NamingStrategy naming(AnnotationMirror annotation) {
        Object value = Annotations.value(elements, annotation, "naming").getValue();
        return NamingStrategy.named(((VariableElement) value).getSimpleName().toString());
    }
}
