package dev.streamevent.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** The Java type of a property, reduced to the shapes the codec knows how to read and write. */
public sealed interface TypeModel {

    /** The Java type as generated code spells it. */
    TypeName typeName();

    /** Whether a Java {@code null} can stand for "no value" in a field of this type (false for primitives). */
    default boolean isReference() {
        return true;
    }

    /** {@code int}, {@code boolean}, ...: kept in primitive fields and locals, never boxed. */
    record Primitive(PrimitiveKind kind) implements TypeModel {
        @Override
        public TypeName typeName() {
            return kind.primitive();
        }

        @Override
        public boolean isReference() {
            return false;
        }
    }

    /** {@code Integer}, {@code Boolean}, ...: the same JSON as the primitive. */
    record Boxed(PrimitiveKind kind) implements TypeModel {
        @Override
        public TypeName typeName() {
            return kind.box();
        }
    }

    /** {@code String}, {@code BigDecimal}, {@code BigInteger} or {@code JsonValue}. */
    record Scalar(ScalarKind kind) implements TypeModel {
        @Override
        public TypeName typeName() {
            return kind.className();
        }
    }

    /** Another annotated interface, read and written by its own generated codec. */
    record Value(ClassName type, ClassName codec) implements TypeModel {
        @Override
        public TypeName typeName() {
            return type;
        }
    }

    /** {@code OpenEnum<E>}: a constant of {@code E}, or the unrecognised string as it came. */
    record OpenEnumOf(ClassName enumType) implements TypeModel {
        @Override
        public TypeName typeName() {
            return ParameterizedTypeName.get(RuntimeTypes.OPEN_ENUM, enumType);
        }
    }

    /** {@code List<T>}: a JSON array. */
    record ListOf(TypeModel element) implements TypeModel {
        @Override
        public TypeName typeName() {
            return ParameterizedTypeName.get(ClassName.get(List.class), element.typeName());
        }
    }

    /** {@code Map<String, T>}: a JSON object with any member names, in arrival order. */
    record MapOf(TypeModel value) implements TypeModel {
        @Override
        public TypeName typeName() {
            return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), value.typeName());
        }
    }

    /** {@code Optional<T>}: only as the type of a property, where an absent member gives empty. */
    record OptionalOf(TypeModel element) implements TypeModel {
        @Override
        public TypeName typeName() {
            return ParameterizedTypeName.get(ClassName.get(Optional.class), element.typeName());
        }
    }

    /** {@code OptionalInt}, {@code OptionalLong} or {@code OptionalDouble}. */
    record OptionalPrimitive(PrimitiveKind kind) implements TypeModel {
        public OptionalPrimitive {
            if (kind != PrimitiveKind.INT && kind != PrimitiveKind.LONG && kind != PrimitiveKind.DOUBLE) {
                throw new IllegalArgumentException("no Optional class for " + kind);
            }
        }

        @Override
        public TypeName typeName() {
            switch (kind) {
                case INT:
                    return ClassName.get(OptionalInt.class);
                case LONG:
                    return ClassName.get(OptionalLong.class);
                default:
                    return ClassName.get(OptionalDouble.class);
            }
        }
    }
}
