package dev.streamevent.processor.discover;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Collects the methods of an interface and of all its super-interfaces, grouped by name, in declaration order with
 * super-interfaces first (so {@code ItemEvent}'s {@code itemId} comes before the event's own properties). A method
 * that another one in the group overrides is dropped; what is left in a group with more than one entry are unrelated
 * declarations from different super-interfaces, which the validator checks for conflicts.
 */
public final class Accessors {
    private final Elements elements;
    private final Types types;

    public Accessors(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** One name and its surviving declarations, most specific first. */
    public record Group(String name, List<ExecutableElement> declarations) {
    }

    /** The groups of the type, in order of each name's first declaration. */
    public List<Group> of(TypeElement type) {
        Map<String, List<ExecutableElement>> byName = new LinkedHashMap<>();
        for (ExecutableElement method : declaredAndInherited(type)) {
            byName.computeIfAbsent(method.getSimpleName().toString(), name -> new ArrayList<>()).add(method);
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<ExecutableElement>> entry : byName.entrySet()) {
            groups.add(new Group(entry.getKey(), withoutOverridden(entry.getValue())));
        }
        return groups;
    }

    private List<ExecutableElement> declaredAndInherited(TypeElement type) {
        List<ExecutableElement> methods = new ArrayList<>();
        collect(type, type, new LinkedHashSet<>(), methods);
        return methods;
    }

    private void collect(TypeElement type, TypeElement root, Set<String> visited, List<ExecutableElement> out) {
        if (!visited.add(type.getQualifiedName().toString())) {
            return;
        }
        for (TypeMirror superinterface : type.getInterfaces()) {
            Element element = types.asElement(superinterface);
            if (element instanceof TypeElement superType) {
                collect(superType, root, visited, out);
            }
        }
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            // Static and private methods are not inherited; only the annotated type's own are seen (to flag misplaced
            // annotations on them).
            if (type == root || isInheritable(method)) {
                out.add(method);
            }
        }
    }

    private static boolean isInheritable(ExecutableElement method) {
        Set<Modifier> modifiers = method.getModifiers();
        return method.getKind() == ElementKind.METHOD
                && !modifiers.contains(Modifier.STATIC)
                && !modifiers.contains(Modifier.PRIVATE);
    }

    private List<ExecutableElement> withoutOverridden(List<ExecutableElement> declarations) {
        List<ExecutableElement> survivors = new ArrayList<>();
        for (ExecutableElement candidate : declarations) {
            boolean overridden = false;
            for (ExecutableElement other : declarations) {
                if (other != candidate && overrides(other, candidate)) {
                    overridden = true;
                    break;
                }
            }
            if (!overridden) {
                survivors.add(candidate);
            }
        }
        // Most specific first: the later a declaration was collected, the further down the hierarchy it sits.
        Collections.reverse(survivors);
        return survivors;
    }

    private boolean overrides(ExecutableElement overrider, ExecutableElement overridden) {
        TypeElement overriderType = (TypeElement) overrider.getEnclosingElement();
        TypeElement overriddenType = (TypeElement) overridden.getEnclosingElement();
        return overriderType != overriddenType
                && types.isSubtype(types.erasure(overriderType.asType()), types.erasure(overriddenType.asType()))
                && elements.overrides(overrider, overridden, overriderType);
    }

    /** The method's return type as seen from the annotated type, with super-interface type arguments substituted. */
    public TypeMirror returnTypeIn(TypeElement type, ExecutableElement method) {
        return ((ExecutableType) types.asMemberOf((DeclaredType) type.asType(), method))
                .getReturnType();
    }
}
