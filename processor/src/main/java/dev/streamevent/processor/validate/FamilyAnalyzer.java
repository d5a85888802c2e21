package dev.streamevent.processor.validate;

import com.palantir.javapoet.ClassName;
import dev.streamevent.processor.Diagnostics;
import dev.streamevent.processor.ErrorTag;
import dev.streamevent.processor.discover.Accessors;
import dev.streamevent.processor.discover.AnnotatedTypes;
import dev.streamevent.processor.discover.Annotations;
import dev.streamevent.processor.model.EventModel;
import dev.streamevent.processor.model.FamilyModel;
import dev.streamevent.processor.model.GeneratedNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks a {@code @StreamFamily} base interface and finds its members: the {@code permits} list of a sealed base, else
 * the explicit {@code members} list, else every {@code @StreamEvent} of the compilation that extends the base.
 */
public final class FamilyAnalyzer {
    private final Elements elements;
    private final Types types;
    private final Diagnostics diagnostics;
    private final Accessors accessors;
    private final TypeChecks checks;

    public FamilyAnalyzer(Elements elements, Types types, Diagnostics diagnostics) {
        this.elements = elements;
        this.types = types;
        this.diagnostics = diagnostics;
        this.accessors = new Accessors(elements, types);
        this.checks = new TypeChecks(diagnostics);
    }

    /**
     * @param element the annotated element
     * @param family its {@code @StreamFamily}
     * @param compiledEvents the {@code @StreamEvent} elements of this compilation, for a family that lists no members
     * @return the model of a valid family; empty after reporting every error of an invalid one
     */
    public Optional<FamilyModel> analyze(Element element, AnnotationMirror family,
            Collection<? extends Element> compiledEvents) {
        int errorsBefore = diagnostics.errorCount();
        if (!checks.isInterface(element, family, "that its member events extend")) {
            return Optional.empty();
        }
        TypeElement base = (TypeElement) element;
        if (AnnotatedTypes.isEventOrValue(base)) {
            diagnostics.error(ErrorTag.StreamEventConflictingAnnotations, "A family base is not itself an event or a"
                    + " value: its members are. Remove @StreamEvent or @StreamValue from " + base.getSimpleName()
                    + ", or remove @StreamFamily.", base, family, null);
            return Optional.empty();
        }
        checks.notGeneric(base, family);
        checks.accessible(base, family);
        String discriminator = checkedDiscriminator(base, family);
        checkOnlyTypeIsAbstract(base);
        ClassName baseName = ClassName.get(base);
        FamilyModel.Names names = FamilyModel.Names.of(baseName);
        List<FamilyModel.Member> members = members(base, family, memberElements(base, family, names, compiledEvents));
        if (members.isEmpty() && diagnostics.errorCount() == errorsBefore) {
            diagnostics.error(ErrorTag.StreamEventEmptyFamily, base.getSimpleName() + " has no members. Declare"
                    + " @StreamEvent interfaces that extend it, list them in @StreamFamily(members = ...), or name"
                    + " them in the permits clause of a sealed " + base.getSimpleName() + ".", base, family, null);
        }
        if (diagnostics.errorCount() != errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new FamilyModel(baseName, discriminator, members, names));
    }

    private String checkedDiscriminator(TypeElement base, AnnotationMirror family) {
        AnnotationValue value = Annotations.value(elements, family, "discriminator");
        String discriminator = String.valueOf(value.getValue());
        if (discriminator.isBlank()) {
            diagnostics.error(ErrorTag.StreamEventBlankDiscriminator, "The discriminator of @StreamFamily is blank."
                    + " Give the JSON member that names each event's type, or leave it out for \"type\".",
                    base, family, value);
        }
        return discriminator;
    }

    /** Unknown and invalid members implement the base too, and can only answer {@code type()}. */
    private void checkOnlyTypeIsAbstract(TypeElement base) {
        for (Accessors.Group group : accessors.of(base)) {
            ExecutableElement method = group.declarations().get(0);
            boolean isAbstract = method.getModifiers().contains(Modifier.ABSTRACT);
            boolean isTypeAccessor = group.name().equals(EventModel.TYPE_ACCESSOR) && method.getParameters().isEmpty()
                    && method.getReturnType().getKind() == TypeKind.DECLARED
                    && ((TypeElement) types.asElement(method.getReturnType())).getQualifiedName()
                            .contentEquals("java.lang.String");
            boolean isObjectMethod = (group.name().equals("toString") || group.name().equals("hashCode")
                    || group.name().equals("equals"));
            if (isAbstract && !isTypeAccessor && !isObjectMethod) {
                Element site = method.getEnclosingElement() == base ? method : base;
                diagnostics.error(ErrorTag.StreamEventFamilyAbstractMethod, "A family base may declare only String"
                        + " type() as abstract, because its unknown and invalid members implement it too, but it"
                        + " declares " + group.name() + "(). Move " + group.name() + "() to the member events, or"
                        + " to a plain super-interface they share.", site);
            }
        }
    }

    private List<TypeElement> memberElements(TypeElement base, AnnotationMirror family, FamilyModel.Names names,
            Collection<? extends Element> compiledEvents) {
        if (base.getModifiers().contains(Modifier.SEALED)) {
            return permitted(base, family, names);
        }
        AnnotationValue listed = Annotations.explicitValue(family, "members");
        if (listed != null) {
            return listed(base, family, listed);
        }
        List<TypeElement> found = new ArrayList<>();
        for (Element event : compiledEvents) {
            if (event instanceof TypeElement type && event.getKind() == ElementKind.INTERFACE && extendsBase(type, base)) {
                found.add(type);
            }
        }
        found.sort(Comparator.comparing(type -> type.getQualifiedName().toString()));
        return found;
    }

    private List<TypeElement> permitted(TypeElement base, AnnotationMirror family, FamilyModel.Names names) {
        List<TypeElement> members = new ArrayList<>();
        List<String> generated = List.of(names.unknown().simpleName(), names.invalid().simpleName());
        List<String> seenGenerated = new ArrayList<>();
        for (TypeMirror permitted : base.getPermittedSubclasses()) {
            String simpleName = simpleName(permitted);
            if (generated.contains(simpleName)) {
                seenGenerated.add(simpleName);
            } else if (permitted.getKind() == TypeKind.DECLARED && isEvent(types.asElement(permitted))) {
                members.add((TypeElement) types.asElement(permitted));
            } else {
                diagnostics.error(ErrorTag.StreamEventNotFamilyMember, base.getSimpleName() + " permits "
                        + simpleName + ", which is not a @StreamEvent interface. Permit only the member events and "
                        + String.join(" and ", generated) + ".", base, family, null);
            }
        }
        if (!seenGenerated.containsAll(generated)) {
            diagnostics.error(ErrorTag.StreamEventSealedFamilyPermits, "A sealed family must also permit its generated"
                    + " unknown and invalid members: add " + String.join(", ", generated) + " to the permits clause"
                    + " of " + base.getSimpleName() + ".", base, family, null);
        }
        return members;
    }

    private List<TypeElement> listed(TypeElement base, AnnotationMirror family, AnnotationValue listed) {
        List<TypeElement> members = new ArrayList<>();
        for (Object entry : (List<?>) listed.getValue()) {
            AnnotationValue value = (AnnotationValue) entry;
            Element member = value.getValue() instanceof TypeMirror type ? types.asElement(type) : null;
            if (member instanceof TypeElement memberType && isEvent(memberType) && extendsBase(memberType, base)) {
                members.add(memberType);
            } else {
                diagnostics.error(ErrorTag.StreamEventNotFamilyMember, "Member " + value + " of "
                        + base.getSimpleName() + " must be a @StreamEvent interface that extends "
                        + base.getSimpleName() + ". Annotate it and make it extend " + base.getSimpleName()
                        + ", or remove it from the list.", base, family, listed);
            }
        }
        return members;
    }

    /** Reads each member's type value, reporting two members with the same one at the second. */
    private List<FamilyModel.Member> members(TypeElement base, AnnotationMirror family, List<TypeElement> elements) {
        Map<String, TypeElement> byTypeValue = new LinkedHashMap<>();
        for (TypeElement member : elements) {
            AnnotationMirror event = Annotations.find(member, AnnotatedTypes.STREAM_EVENT).orElseThrow();
            AnnotationValue value = Annotations.value(this.elements, event, "type");
            String typeValue = String.valueOf(value.getValue());
            TypeElement earlier = byTypeValue.putIfAbsent(typeValue, member);
            if (earlier != null) {
                diagnostics.error(ErrorTag.StreamEventDuplicateTypeValue, member.getSimpleName() + " and "
                        + earlier.getSimpleName() + " both declare type \"" + typeValue + "\" in family "
                        + base.getSimpleName() + ", so a decoder could not tell them apart. Give each its own type"
                        + " value.", member, event, value);
            }
        }
        List<FamilyModel.Member> members = new ArrayList<>();
        byTypeValue.forEach((typeValue, member) -> {
            ClassName name = ClassName.get(member);
            members.add(new FamilyModel.Member(typeValue, name, GeneratedNames.of(name).codec()));
        });
        members.sort(Comparator.comparing(FamilyModel.Member::typeValue));
        return members;
    }

    private static boolean isEvent(Element element) {
        return element != null && element.getKind() == ElementKind.INTERFACE
                && Annotations.find(element, AnnotatedTypes.STREAM_EVENT).isPresent();
    }

    private boolean extendsBase(TypeElement type, TypeElement base) {
        return type != base && types.isSubtype(types.erasure(type.asType()), types.erasure(base.asType()));
    }

    /** The simple name of a permitted type, also when it does not exist yet (the generated members). */
    private static String simpleName(TypeMirror type) {
        String name = type.toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
