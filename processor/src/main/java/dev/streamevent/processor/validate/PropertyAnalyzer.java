package dev.streamevent.processor.validate;

import dev.streamevent.processor.Diagnostics;
import dev.streamevent.processor.ErrorTag;
import dev.streamevent.processor.discover.Accessors;
import dev.streamevent.processor.discover.Annotations;
import dev.streamevent.processor.model.EventModel;
import dev.streamevent.processor.model.PropertyKind;
import dev.streamevent.processor.model.PropertyModel;
import dev.streamevent.processor.model.ScalarKind;
import dev.streamevent.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Turns the accessors of one interface into {@link PropertyModel}s, reporting every accessor it cannot accept. */
final class PropertyAnalyzer {
    private static final String JSON_NAME = "dev.streamevent.JsonName";
    private static final String DEFAULT_VALUE = "dev.streamevent.DefaultValue";
    private static final String UNKNOWN_FIELDS = "dev.streamevent.UnknownFields";
    /** The implementation passes "use the default" flags in one int. */
    private static final int MAX_DEFAULTS = 32;

    private final Elements elements;
    private final Types types;
    private final Accessors accessors;
    private final Diagnostics diagnostics;
    private final TypeResolver resolver = new TypeResolver();

    PropertyAnalyzer(Elements elements, Types types, Accessors accessors, Diagnostics diagnostics) {
        this.elements = elements;
        this.types = types;
        this.accessors = accessors;
        this.diagnostics = diagnostics;
    }

    /**
     * The properties, meaningful only when no error was reported.
     *
     * @param properties in declaration order
     * @param declaresTypeAccessor whether an event declares {@code String type()}
     */
    record Result(List<PropertyModel> properties, boolean declaresTypeAccessor) {
    }

    /** Where to report about a method: on it when the annotated type declares it, else on the type. */
    private record Site(TypeElement type, ExecutableElement method) {
        boolean isOwn() {
            return method.getEnclosingElement() == type;
        }

        Element element() {
            return isOwn() ? method : type;
        }

        /** An annotation of the method, usable for the report only when the report goes to the method. */
        AnnotationMirror annotation(AnnotationMirror mirror) {
            return isOwn() ? mirror : null;
        }

        String describe() {
            String name = method.getSimpleName().toString();
            return isOwn() ? name + "()"
                    : name + "() (inherited from " + method.getEnclosingElement().getSimpleName() + ")";
        }
    }

    /**
     * Reads every accessor of {@code type}, reporting each one it cannot accept.
     *
     * @param discriminator for an event, the JSON member that holds its type, reserved from its properties
     */
    Result analyze(TypeElement type, NamingStrategy naming, Optional<String> discriminator) {
        List<PropertyModel> properties = new ArrayList<>();
        List<Site> sites = new ArrayList<>();
        boolean declaresTypeAccessor = false;
        for (Accessors.Group group : accessors.of(type)) {
            Site site = new Site(type, group.declarations().get(0));
            ExecutableElement method = site.method();
            if (isObjectMethod(method) || !isPropertyCandidate(site)) {
                continue;
            }
            if (!isConsistent(site, group) || !hasAccessorSignature(site)) {
                continue;
            }
            if (discriminator.isPresent() && method.getSimpleName().contentEquals(EventModel.TYPE_ACCESSOR)) {
                declaresTypeAccessor |= checkTypeAccessor(site);
                continue;
            }
            Optional<PropertyModel> property = Annotations.find(method, UNKNOWN_FIELDS).isPresent()
                    ? unknownFields(site, properties)
                    : property(site, naming);
            if (property.isPresent()) {
                properties.add(property.get());
                sites.add(site);
            }
        }
        checkJsonNames(properties, sites, discriminator);
        checkDefaultCount(type, properties);
        return new Result(properties, declaresTypeAccessor);
    }

    /** {@code toString()}, {@code hashCode()} and {@code equals(Object)} are generated, never properties. */
    private static boolean isObjectMethod(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        int parameters = method.getParameters().size();
        return ((name.equals("toString") || name.equals("hashCode")) && parameters == 0)
                || (name.equals("equals") && parameters == 1);
    }

    /**
     * Abstract methods are properties, and so are default methods marked {@code @DefaultValue}. Static, private and
     * other default methods are helpers; our annotations on them are reported, since they would do nothing.
     */
    private boolean isPropertyCandidate(Site site) {
        ExecutableElement method = site.method();
        if (method.getModifiers().contains(Modifier.STATIC) || method.getModifiers().contains(Modifier.PRIVATE)) {
            rejectPropertyAnnotations(site, "a static or private method is not a property. Remove the annotation, or"
                    + " make the method an abstract accessor.");
            return false;
        }
        Optional<AnnotationMirror> defaultValue = Annotations.find(method, DEFAULT_VALUE);
        if (method.isDefault()) {
            if (defaultValue.isEmpty()) {
                rejectPropertyAnnotations(site, "a default method is a helper, not a property, unless it is marked"
                        + " @DefaultValue. Add @DefaultValue to make it a property with a default.");
                return false;
            }
            return true;
        }
        if (defaultValue.isPresent()) {
            diagnostics.error(ErrorTag.StreamEventDefaultValueOnAbstract, "@DefaultValue on " + site.describe()
                    + " has no default to give: the method is abstract. Make it a default method whose body returns"
                    + " the default value.", site.element(), site.annotation(defaultValue.get()), null);
            return false;
        }
        return true;
    }

    private void rejectPropertyAnnotations(Site site, String reason) {
        for (String annotationName : List.of(JSON_NAME, DEFAULT_VALUE, UNKNOWN_FIELDS)) {
            Optional<AnnotationMirror> mirror = Annotations.find(site.method(), annotationName);
            if (mirror.isPresent()) {
                diagnostics.error(ErrorTag.StreamEventAnnotationOnNonProperty, "@"
                        + annotationName.substring(annotationName.lastIndexOf('.') + 1) + " on " + site.describe()
                        + " does nothing: " + reason, site.element(), site.annotation(mirror.get()), null);
            }
        }
    }

    /** Unrelated declarations of one name, from different super-interfaces, must agree. */
    private boolean isConsistent(Site site, Accessors.Group group) {
        ExecutableElement first = group.declarations().get(0);
        TypeMirror firstType = accessors.returnTypeIn(site.type(), first);
        for (ExecutableElement other : group.declarations().subList(1, group.declarations().size())) {
            boolean sameType = types.isSameType(firstType, accessors.returnTypeIn(site.type(), other));
            boolean sameJsonName = jsonNameOverride(first).equals(jsonNameOverride(other));
            if (!sameType || !sameJsonName || first.isDefault() != other.isDefault()) {
                String difference = !sameType ? "different return types" : !sameJsonName ? "different @JsonName values"
                        : "one default and one abstract method";
                diagnostics.error(ErrorTag.StreamEventInheritedConflict, site.type().getSimpleName() + " inherits "
                        + group.name() + "() from both " + first.getEnclosingElement().getSimpleName() + " and "
                        + other.getEnclosingElement().getSimpleName() + " with " + difference + ". Redeclare "
                        + group.name() + "() in " + site.type().getSimpleName() + " with the type and annotations you"
                        + " mean, or make the declarations agree.", site.type());
                return false;
            }
        }
        return true;
    }

    private static Optional<String> jsonNameOverride(ExecutableElement method) {
        return Annotations.find(method, JSON_NAME)
                .map(mirror -> String.valueOf(Annotations.explicitValue(mirror, "value").getValue()));
    }

    private boolean hasAccessorSignature(Site site) {
        ExecutableElement method = site.method();
        boolean ok = true;
        if (!method.getParameters().isEmpty()) {
            diagnostics.error(ErrorTag.StreamEventMethodParameters, "Accessor " + site.describe() + " has parameters,"
                    + " but a property accessor takes none. Remove the parameters, or make it a default or static"
                    + " helper method.", site.element());
            ok = false;
        }
        if (!method.getTypeParameters().isEmpty()) {
            diagnostics.error(ErrorTag.StreamEventGenericMethod, "Accessor " + site.describe() + " has type"
                    + " parameters, but a property has one concrete type. Remove the type parameters.", site.element());
            ok = false;
        }
        if (method.getReturnType().getKind() == TypeKind.VOID) {
            diagnostics.error(ErrorTag.StreamEventVoidMethod, "Accessor " + site.describe() + " returns void, but a"
                    + " property accessor returns the property's value. Declare its type, for example String "
                    + method.getSimpleName() + "().", site.element());
            ok = false;
        }
        return ok;
    }

    /** {@code String type()} on an event returns the discriminator constant; any other shape is an error. */
    private boolean checkTypeAccessor(Site site) {
        TypeMirror returnType = accessors.returnTypeIn(site.type(), site.method());
        if (returnType.getKind() == TypeKind.DECLARED && isNamed(returnType, "java.lang.String")
                && !site.method().isDefault()) {
            return true;
        }
        diagnostics.error(ErrorTag.StreamEventTypeAccessor, "In an event, type() is the JSON \"type\" member and must"
                + " be declared as the abstract String type(); it returns the value of @StreamEvent. Change its"
                + " declaration, or rename the property and give it another JSON name with @JsonName.",
                site.element());
        return false;
    }

    private Optional<PropertyModel> unknownFields(Site site, List<PropertyModel> earlier) {
        ExecutableElement method = site.method();
        AnnotationMirror mirror = Annotations.find(method, UNKNOWN_FIELDS).orElseThrow();
        boolean ok = true;
        if (!isUnknownFieldsType(accessors.returnTypeIn(site.type(), method))) {
            diagnostics.error(ErrorTag.StreamEventUnknownFieldsType, "@UnknownFields accessor " + site.describe()
                    + " must return Map<String, JsonValue> (dev.streamevent.runtime.JsonValue), which holds each"
                    + " unknown member's name and value. Change its return type.", site.element(),
                    site.annotation(mirror), null);
            ok = false;
        }
        if (earlier.stream().anyMatch(p -> !p.isJsonMember())) {
            diagnostics.error(ErrorTag.StreamEventDuplicateUnknownFields, "A type keeps its unknown members in one"
                    + " map, but " + site.describe() + " is a second @UnknownFields accessor. Remove one of them.",
                    site.element(), site.annotation(mirror), null);
            ok = false;
        }
        for (String other : List.of(JSON_NAME, DEFAULT_VALUE)) {
            ok &= rejectCombination(site, mirror, Annotations.find(method, other), "@UnknownFields");
        }
        ok &= rejectCombination(site, mirror, Annotations.nullable(method), "@UnknownFields");
        return ok ? Optional.of(new PropertyModel(method.getSimpleName().toString(), "",
                new TypeModel.MapOf(new TypeModel.Scalar(ScalarKind.JSON_VALUE)),
                PropertyKind.UNKNOWN_FIELDS)) : Optional.empty();
    }

    private boolean rejectCombination(
            Site site, AnnotationMirror first, Optional<AnnotationMirror> second, String firstName) {
        if (second.isEmpty()) {
            return true;
        }
        String secondName = "@" + second.get().getAnnotationType().asElement().getSimpleName();
        diagnostics.error(ErrorTag.StreamEventConflictingPropertyAnnotations, firstName + " and " + secondName + " on "
                + site.describe() + " contradict each other. Keep only one of them.", site.element(),
                site.annotation(first), null);
        return false;
    }

    private boolean isUnknownFieldsType(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED || !isNamed(type, "java.util.Map")) {
            return false;
        }
        List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
        return arguments.size() == 2
                && arguments.get(0).getKind() == TypeKind.DECLARED && isNamed(arguments.get(0), "java.lang.String")
                && arguments.get(1).getKind() == TypeKind.DECLARED
                && isNamed(arguments.get(1), "dev.streamevent.runtime.JsonValue");
    }

    private boolean isNamed(TypeMirror type, String qualifiedName) {
        return ((TypeElement) types.asElement(type)).getQualifiedName().contentEquals(qualifiedName);
    }

    private Optional<PropertyModel> property(Site site, NamingStrategy naming) {
        ExecutableElement method = site.method();
        TypeModel type;
        try {
            type = resolver.resolve(accessors.returnTypeIn(site.type(), method));
        } catch (TypeProblem problem) {
            diagnostics.error(problem.tag(), "Property " + site.describe() + ": " + problem.getMessage(),
                    site.element());
            return Optional.empty();
        }
        Optional<PropertyKind> kind = kind(site, type);
        Optional<String> jsonName = jsonName(site, naming);
        if (kind.isEmpty() || jsonName.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PropertyModel(method.getSimpleName().toString(), jsonName.get(), type, kind.get()));
    }

    private Optional<PropertyKind> kind(Site site, TypeModel type) {
        ExecutableElement method = site.method();
        Optional<AnnotationMirror> nullable = Annotations.nullable(method);
        Optional<AnnotationMirror> defaultValue = Annotations.find(method, DEFAULT_VALUE);
        boolean optional = type instanceof TypeModel.OptionalOf || type instanceof TypeModel.OptionalPrimitive;
        if (nullable.isPresent() && type instanceof TypeModel.Primitive) {
            diagnostics.error(ErrorTag.StreamEventNullablePrimitive, "Property " + site.describe() + " is marked"
                    + " @Nullable, but its type " + type.typeName() + " is primitive and cannot hold null. Use "
                    + ((TypeModel.Primitive) type).kind().box().simpleName() + ", or an Optional type such as"
                    + " OptionalInt.", site.element(), ownAnnotation(site, nullable.get()), null);
            return Optional.empty();
        }
        if (nullable.isPresent() && optional) {
            diagnostics.error(ErrorTag.StreamEventNullableOptional, "Property " + site.describe() + " is both"
                    + " @Nullable and Optional; an absent member already gives an empty Optional. Remove @Nullable.",
                    site.element(), ownAnnotation(site, nullable.get()), null);
            return Optional.empty();
        }
        if (defaultValue.isPresent()) {
            if (nullable.isPresent() || optional) {
                diagnostics.error(ErrorTag.StreamEventConflictingPropertyAnnotations, "Property " + site.describe()
                        + " has a @DefaultValue and is also " + (optional ? "Optional" : "@Nullable") + ", but a"
                        + " property with a default is never absent. Keep only one of the two.", site.element(),
                        site.annotation(defaultValue.get()), null);
                return Optional.empty();
            }
            return Optional.of(PropertyKind.DEFAULTED);
        }
        return Optional.of(nullable.isPresent() ? PropertyKind.NULLABLE
                : optional ? PropertyKind.OPTIONAL : PropertyKind.REQUIRED);
    }

    /** A type-use annotation sits on the return type, not on the method, so it cannot anchor the report. */
    private AnnotationMirror ownAnnotation(Site site, AnnotationMirror mirror) {
        return site.method().getAnnotationMirrors().contains(mirror) ? site.annotation(mirror) : null;
    }

    private Optional<String> jsonName(Site site, NamingStrategy naming) {
        ExecutableElement method = site.method();
        Optional<AnnotationMirror> override = Annotations.find(method, JSON_NAME);
        if (override.isEmpty()) {
            return Optional.of(WireNaming.apply(naming, method.getSimpleName().toString()));
        }
        AnnotationValue value = Annotations.value(elements, override.get(), "value");
        String name = String.valueOf(value.getValue());
        if (name.isBlank()) {
            diagnostics.error(ErrorTag.StreamEventBlankJsonName, "@JsonName on " + site.describe() + " is blank."
                    + " Give the exact JSON member name, or remove @JsonName to use the type's naming.",
                    site.element(), site.annotation(override.get()), site.isOwn() ? value : null);
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private void checkJsonNames(List<PropertyModel> properties, List<Site> sites, Optional<String> discriminator) {
        Map<String, String> owners = new LinkedHashMap<>();
        discriminator.ifPresent(name -> owners.put(name, null));
        for (int i = 0; i < properties.size(); i++) {
            PropertyModel property = properties.get(i);
            if (!property.isJsonMember()) {
                continue;
            }
            Site site = sites.get(i);
            String name = property.jsonName();
            if (!owners.containsKey(name)) {
                owners.put(name, property.name());
            } else if (owners.get(name) == null) {
                diagnostics.error(ErrorTag.StreamEventTypeClash, "Property " + site.describe() + " maps to the JSON"
                        + " member \"" + name + "\", which an event reserves for its @StreamEvent type. Give it"
                        + " another name with @JsonName, or declare String type() to read the type.", site.element());
            } else {
                diagnostics.error(ErrorTag.StreamEventDuplicateJsonName, "Properties " + owners.get(name) + "() and "
                        + site.describe() + " both map to the JSON member \"" + name + "\". Give one of them another"
                        + " name with @JsonName.", site.element());
            }
        }
    }

    private void checkDefaultCount(TypeElement type, List<PropertyModel> properties) {
        long defaults = properties.stream().filter(p -> p.kind() == PropertyKind.DEFAULTED).count();
        if (defaults > MAX_DEFAULTS) {
            diagnostics.error(ErrorTag.StreamEventTooManyDefaults, type.getSimpleName() + " has " + defaults
                    + " @DefaultValue properties; at most " + MAX_DEFAULTS + " are supported. Make some of them"
                    + " Optional instead.", type);
        }
    }
}
