package dev.streamevent.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import dev.streamevent.processor.model.PrimitiveKind;
import dev.streamevent.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * Code that reads one value of a {@link TypeModel} from the reader. Scalars and nested values are one expression;
 * lists and maps are loops that fill a local and then assign the target.
 */
final class ReadCode {
    private final String reader;
    private final NameAllocator names;
    private final EnumTables enumTables;

    /**
     * @param reader the name of the {@code JsonReader} variable
     * @param names the allocator of the enclosing method, for the loops' locals
     * @param enumTables the codec's open-enum tables
     */
    ReadCode(String reader, NameAllocator names, EnumTables enumTables) {
        this.reader = reader;
        this.names = names;
        this.enumTables = enumTables;
    }

    /**
     * Statements that read a value and assign it to {@code target}: a declared local, or a field of the value filled in
     * place.
     */
    CodeBlock assign(TypeModel type, CodeBlock target) {
        Optional<CodeBlock> expression = expression(type);
        if (expression.isPresent()) {
            return CodeBlock.of("$L = $L;\n", target, expression.get());
        }
        if (type instanceof TypeModel.ListOf list) {
            return readList(list, target);
        }
        if (type instanceof TypeModel.MapOf map) {
            return readMap(map, target);
        }
        TypeModel.OptionalOf optional = (TypeModel.OptionalOf) type;
        String element = names.newName("element");
        return CodeBlock.builder()
                .addStatement("$T $N", optional.element().typeName(), element)
                .add(assign(optional.element(), CodeBlock.of("$N", element)))
                .addStatement("$L = $T.of($N)", target, Optional.class, element)
                .build();
    }

    /** One expression for the simple shapes; empty for lists, maps and optionals of them. */
    private Optional<CodeBlock> expression(TypeModel type) {
        if (type instanceof TypeModel.Primitive primitive) {
            return Optional.of(readPrimitive(primitive.kind()));
        }
        if (type instanceof TypeModel.Boxed boxed) {
            return Optional.of(readPrimitive(boxed.kind()));
        }
        if (type instanceof TypeModel.Scalar scalar) {
            return Optional.of(CodeBlock.of("$N.$L()", reader, scalarMethod(scalar)));
        }
        if (type instanceof TypeModel.Value value) {
            return Optional.of(CodeBlock.of("$T.INSTANCE.read($N)", value.codec(), reader));
        }
        if (type instanceof TypeModel.OpenEnumOf openEnum) {
            return Optional.of(CodeBlock.of("$N.read($N)", enumTables.fieldFor(openEnum), reader));
        }
        if (type instanceof TypeModel.OptionalPrimitive optional) {
            switch (optional.kind()) {
                case INT:
                    return Optional.of(CodeBlock.of("$N.readOptionalInt()", reader));
                case LONG:
                    return Optional.of(CodeBlock.of("$N.readOptionalLong()", reader));
                default:
                    return Optional.of(CodeBlock.of("$T.of($L)", optional.typeName(), readPrimitive(optional.kind())));
            }
        }
        if (type instanceof TypeModel.OptionalOf optional) {
            return expression(optional.element()).map(inner -> CodeBlock.of("$T.of($L)", Optional.class, inner));
        }
        return Optional.empty();
    }

    private CodeBlock readList(TypeModel.ListOf list, CodeBlock target) {
        String elements = names.newName("list");
        TypeModel element = list.element();
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T $N = new $T<>()", list.typeName(), elements, ArrayList.class)
                .addStatement("$N.beginArray()", reader)
                .beginControlFlow("while ($N.nextElement())", reader);
        Optional<CodeBlock> expression = expression(element);
        if (expression.isPresent()) {
            code.addStatement("$N.add($L)", elements, expression.get());
        } else {
            String item = names.newName("item");
            code.addStatement("$T $N", element.typeName(), item)
                    .add(assign(element, CodeBlock.of("$N", item)))
                    .addStatement("$N.add($N)", elements, item);
        }
        return code.endControlFlow()
                .addStatement("$L = $T.unmodifiableList($N)", target, Collections.class, elements)
                .build();
    }

    private CodeBlock readMap(TypeModel.MapOf map, CodeBlock target) {
        String entries = names.newName("map");
        String key = names.newName("key");
        TypeModel value = map.value();
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T $N = new $T<>()", map.typeName(), entries, LinkedHashMap.class)
                .addStatement("$N.beginObject()", reader)
                .beginControlFlow("while ($N.nextField())", reader)
                .addStatement("$T $N = $N.currentName()", String.class, key, reader)
                .beginControlFlow("if ($N.containsKey($N))", entries, key)
                .addStatement("throw $N.duplicateProperty()", reader)
                .endControlFlow();
        Optional<CodeBlock> expression = expression(value);
        if (expression.isPresent()) {
            code.addStatement("$N.put($N, $L)", entries, key, expression.get());
        } else {
            String item = names.newName("item");
            code.addStatement("$T $N", value.typeName(), item)
                    .add(assign(value, CodeBlock.of("$N", item)))
                    .addStatement("$N.put($N, $N)", entries, key, item);
        }
        return code.endControlFlow()
                .addStatement("$L = $T.unmodifiableMap($N)", target, Collections.class, entries)
                .build();
    }

    private CodeBlock readPrimitive(PrimitiveKind kind) {
        return CodeBlock.of("$N.$L()", reader, primitiveMethod(kind));
    }

    private static String primitiveMethod(PrimitiveKind kind) {
        switch (kind) {
            case BOOLEAN:
                return "readBoolean";
            case INT:
                return "readInt";
            case LONG:
                return "readLong";
            case FLOAT:
                return "readFloat";
            default:
                return "readDouble";
        }
    }

    private static String scalarMethod(TypeModel.Scalar scalar) {
        switch (scalar.kind()) {
            case STRING:
                return "readString";
            case BIG_DECIMAL:
                return "readBigDecimal";
            case BIG_INTEGER:
                return "readBigInteger";
            default:
                return "readValue";
        }
    }
}
