package dev.streamevent.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.streamevent.processor.model.RuntimeTypes;
import dev.streamevent.processor.model.TypeModel;
import java.util.Map;

/** Code that writes one value of a {@link TypeModel}, given as an expression that is evaluated once. */
final class WriteCode {
    private final String writer;
    private final NameAllocator names;
    private final EnumTables enumTables;

    /**
     * @param writer the name of the {@code JsonWriter} variable
     * @param names the allocator of the enclosing method, for the loops' variables
     * @param enumTables the codec's open-enum tables
     */
    WriteCode(String writer, NameAllocator names, EnumTables enumTables) {
        this.writer = writer;
        this.names = names;
        this.enumTables = enumTables;
    }

    /** Statements that write {@code value}, which is never {@code null} here. */
    CodeBlock write(TypeModel type, CodeBlock value) {
        if (type instanceof TypeModel.Boxed boxed) {
            // Unbox explicitly so that the primitive overload is chosen visibly.
            return CodeBlock.of("$N.value($L.$LValue());\n", writer, value, boxed.kind().primitive());
        }
        if (type instanceof TypeModel.Value nested) {
            return CodeBlock.of("$T.INSTANCE.write($N, $L);\n", nested.codec(), writer, value);
        }
        if (type instanceof TypeModel.OpenEnumOf openEnum) {
            return CodeBlock.of("$N.write($N, $L);\n", enumTables.fieldFor(openEnum), writer, value);
        }
        if (type instanceof TypeModel.ListOf list) {
            String elements = names.newName("elements");
            String index = names.newName("i");
            String count = names.newName("count");
            return CodeBlock.builder()
                    .addStatement("$N.beginArray()", writer)
                    .addStatement("$T $N = $T.of($L)", list.typeName(), elements, RuntimeTypes.INDEXED_LISTS, value)
                    .beginControlFlow("for (int $N = 0, $N = $N.size(); $N < $N; $N++)",
                            index, count, elements, index, count, index)
                    .add(write(list.element(), CodeBlock.of("$N.get($N)", elements, index)))
                    .endControlFlow()
                    .addStatement("$N.endArray()", writer)
                    .build();
        }
        if (type instanceof TypeModel.MapOf map) {
            String entry = names.newName("entry");
            ParameterizedTypeName entryType = ParameterizedTypeName.get(
                    ClassName.get(Map.Entry.class), ClassName.get(String.class), map.value().typeName());
            return CodeBlock.builder()
                    .addStatement("$N.beginObject()", writer)
                    .beginControlFlow("for ($T $N : $L.entrySet())", entryType, entry, value)
                    .addStatement("$N.name($N.getKey())", writer, entry)
                    .add(write(map.value(), CodeBlock.of("$N.getValue()", entry)))
                    .endControlFlow()
                    .addStatement("$N.endObject()", writer)
                    .build();
        }
        if (type instanceof TypeModel.OptionalOf || type instanceof TypeModel.OptionalPrimitive) {
            throw new IllegalArgumentException("optionals are unwrapped by the caller: " + type);
        }
        // Primitives and scalars have a value(...) overload of their own.
        return CodeBlock.of("$N.value($L);\n", writer, value);
    }
}
