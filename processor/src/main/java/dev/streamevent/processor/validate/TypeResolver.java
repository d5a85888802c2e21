package dev.streamevent.processor.validate;

import com.palantir.javapoet.ClassName;
import dev.streamevent.processor.ErrorTag;
import dev.streamevent.processor.discover.AnnotatedTypes;
import dev.streamevent.processor.model.GeneratedNames;
import dev.streamevent.processor.model.PrimitiveKind;
import dev.streamevent.processor.model.ScalarKind;
import dev.streamevent.processor.model.TypeModel;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Maps a property's Java type to a {@link TypeModel}, or explains why it cannot. */
final class TypeResolver {
    static final String SUPPORTED = "String, boolean, int, long, float, double (or their boxes), BigDecimal, BigInteger,"
            + " JsonValue, OpenEnum<E>, List<T>, Map<String, T>, Optional<T>, OptionalInt, OptionalLong, OptionalDouble,"
            + " or an interface annotated @StreamValue";

    private static final Map<String, PrimitiveKind> BOXES = Map.of(
            "java.lang.Boolean", PrimitiveKind.BOOLEAN,
            "java.lang.Integer", PrimitiveKind.INT,
            "java.lang.Long", PrimitiveKind.LONG,
            "java.lang.Float", PrimitiveKind.FLOAT,
            "java.lang.Double", PrimitiveKind.DOUBLE);
    private static final Map<String, ScalarKind> SCALARS = Map.of(
            "java.lang.String", ScalarKind.STRING,
            "java.math.BigDecimal", ScalarKind.BIG_DECIMAL,
            "java.math.BigInteger", ScalarKind.BIG_INTEGER,
            "dev.streamevent.runtime.JsonValue", ScalarKind.JSON_VALUE);
    private static final Map<String, PrimitiveKind> OPTIONAL_PRIMITIVES = Map.of(
            "java.util.OptionalInt", PrimitiveKind.INT,
            "java.util.OptionalLong", PrimitiveKind.LONG,
            "java.util.OptionalDouble", PrimitiveKind.DOUBLE);

    /** Where a type appears: as the property's own type, or inside a list, map or optional. */
    private enum Position { PROPERTY, NESTED }

    /** The model of a property's type. */
    TypeModel resolve(TypeMirror type) throws TypeProblem {
        return resolve(type, Position.PROPERTY);
    }

    private TypeModel resolve(TypeMirror type, Position position) throws TypeProblem {
        switch (type.getKind()) {
            case BOOLEAN:
                return new TypeModel.Primitive(PrimitiveKind.BOOLEAN);
            case INT:
                return new TypeModel.Primitive(PrimitiveKind.INT);
            case LONG:
                return new TypeModel.Primitive(PrimitiveKind.LONG);
            case FLOAT:
                return new TypeModel.Primitive(PrimitiveKind.FLOAT);
            case DOUBLE:
                return new TypeModel.Primitive(PrimitiveKind.DOUBLE);
            case BYTE:
            case SHORT:
            case CHAR:
                throw unsupported(type, "Use int for numbers, or String for a character.");
            case ARRAY:
                throw unsupported(type, "Use List<T> for a JSON array.");
            case ERROR:
                throw new TypeProblem(ErrorTag.StreamEventUnresolvedType, "its type " + type
                        + " cannot be resolved. Check the import, or that the class exists on the classpath.");
            case DECLARED:
                return declared((DeclaredType) type, position);
            default:
                throw unsupported(type, "Use one of: " + SUPPORTED + ".");
        }
    }

    private TypeModel declared(DeclaredType type, Position position) throws TypeProblem {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        if (BOXES.containsKey(name)) {
            return new TypeModel.Boxed(BOXES.get(name));
        }
        if (SCALARS.containsKey(name)) {
            return new TypeModel.Scalar(SCALARS.get(name));
        }
        if (OPTIONAL_PRIMITIVES.containsKey(name)) {
            requireProperty(type, position);
            return new TypeModel.OptionalPrimitive(OPTIONAL_PRIMITIVES.get(name));
        }
        switch (name) {
            case "java.util.Optional":
                requireProperty(type, position);
                return optional(type);
            case "java.util.List":
                return new TypeModel.ListOf(resolve(onlyArgument(type, "List<String>"), Position.NESTED));
            case "java.util.Map":
                return map(type);
            case "dev.streamevent.runtime.OpenEnum":
                return openEnum(type);
            default:
                return annotatedInterface(type, element);
        }
    }

    private TypeModel optional(DeclaredType type) throws TypeProblem {
        TypeMirror argument = onlyArgument(type, "Optional<String>");
        String argumentName = argument.getKind() == TypeKind.DECLARED
                ? ((TypeElement) ((DeclaredType) argument).asElement()).getQualifiedName().toString() : "";
        switch (argumentName) {
            case "java.lang.Integer":
                throw optionalBox(type, "OptionalInt");
            case "java.lang.Long":
                throw optionalBox(type, "OptionalLong");
            case "java.lang.Double":
                throw optionalBox(type, "OptionalDouble");
            default:
                return new TypeModel.OptionalOf(resolve(argument, Position.NESTED));
        }
    }

    private TypeModel map(DeclaredType type) throws TypeProblem {
        List<? extends TypeMirror> arguments = type.getTypeArguments();
        if (arguments.isEmpty()) {
            throw new TypeProblem(ErrorTag.StreamEventRawType,
                    "its type is a raw Map. Give the type arguments, for example Map<String, JsonValue>.");
        }
        TypeMirror key = arguments.get(0);
        if (key.getKind() != TypeKind.DECLARED
                || !((TypeElement) ((DeclaredType) key).asElement()).getQualifiedName().contentEquals("java.lang.String")) {
            throw new TypeProblem(ErrorTag.StreamEventMapKey, "its type " + type
                    + " has keys that are not String. JSON member names are strings: use Map<String, T>.");
        }
        return new TypeModel.MapOf(resolve(arguments.get(1), Position.NESTED));
    }

    private TypeModel openEnum(DeclaredType type) throws TypeProblem {
        TypeMirror argument = onlyArgument(type, "OpenEnum<Status>");
        if (argument.getKind() != TypeKind.DECLARED
                || ((DeclaredType) argument).asElement().getKind() != ElementKind.ENUM) {
            throw unsupported(type, "The argument of OpenEnum must be an enum type.");
        }
        return new TypeModel.OpenEnumOf(ClassName.get((TypeElement) ((DeclaredType) argument).asElement()));
    }

    private TypeModel annotatedInterface(DeclaredType type, TypeElement element) throws TypeProblem {
        if (element.getKind() == ElementKind.ENUM) {
            throw new TypeProblem(ErrorTag.StreamEventClosedEnum, "its type " + type + " is a plain enum, which would"
                    + " fail on any value a newer server sends. Declare it as OpenEnum<" + element.getSimpleName()
                    + ">: known values become constants and unknown ones keep their string.");
        }
        if (element.getKind() != ElementKind.INTERFACE || isLibraryType(element) || !type.getTypeArguments().isEmpty()) {
            throw unsupported(type, "Use one of: " + SUPPORTED + ".");
        }
        if (!AnnotatedTypes.isAnnotated(element)) {
            throw new TypeProblem(ErrorTag.StreamEventUnannotatedValue, "its type " + type
                    + " is an interface without @StreamValue. Annotate " + element.getSimpleName()
                    + " with @StreamValue so that a codec is generated for it.");
        }
        ClassName className = ClassName.get(element);
        return new TypeModel.Value(className, GeneratedNames.of(className).codec());
    }

    /** JDK interfaces such as {@code Set} or {@code CharSequence} are not candidates for {@code @StreamValue}. */
    private static boolean isLibraryType(TypeElement element) {
        String name = element.getQualifiedName().toString();
        return name.startsWith("java.") || name.startsWith("javax.");
    }

    private static TypeMirror onlyArgument(DeclaredType type, String example) throws TypeProblem {
        List<? extends TypeMirror> arguments = type.getTypeArguments();
        if (arguments.isEmpty()) {
            throw new TypeProblem(ErrorTag.StreamEventRawType, "its type is the raw type " + type
                    + ". Give the type argument, for example " + example + ".");
        }
        return arguments.get(0);
    }

    private static void requireProperty(DeclaredType type, Position position) throws TypeProblem {
        if (position == Position.NESTED) {
            throw new TypeProblem(ErrorTag.StreamEventNestedOptional, "its type contains " + type
                    + " inside a list, map or optional. Optional types are only for a property itself: leave the"
                    + " element out of the list, or make the property Optional.");
        }
    }

    private static TypeProblem optionalBox(DeclaredType type, String replacement) {
        return new TypeProblem(ErrorTag.StreamEventOptionalBox,
                "its type is " + type + ". Use " + replacement + ", which holds the value without boxing.");
    }

    private static TypeProblem unsupported(TypeMirror type, String advice) {
        return new TypeProblem(ErrorTag.StreamEventUnsupportedType,
                "its type " + type + " has no JSON mapping. " + advice);
    }
}
