package dev.streamevent.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.streamevent.processor.model.EventModel;
import dev.streamevent.processor.model.PropertyKind;
import dev.streamevent.processor.model.PropertyModel;
import dev.streamevent.processor.model.RuntimeTypes;
import dev.streamevent.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/**
 * Writes the public {@code FooBuilder}: {@code builder()}, {@code from(Foo)}, one fluent setter per property, and
 * {@code build()}, which names every missing required property at once. Setters reject {@code null} (except for
 * {@code @Nullable} properties) and copy lists and maps, so a built value never changes.
 */
public final class BuilderWriter {

    /** The builder source for a valid model. */
    public JavaFile write(EventModel model) {
        List<PropertyModel> json = model.jsonProperties();
        NameAllocator fieldNames = new NameAllocator();
        for (PropertyModel property : model.properties()) {
            fieldNames.newName(property.name(), property);
        }
        List<String> setWords = new ArrayList<>();
        for (int word = 0; word < PresenceBits.words(json.size()); word++) {
            setWords.add(fieldNames.newName("set" + word));
        }
        String defaults = model.defaultedProperties().isEmpty() ? null : fieldNames.newName("defaults");

        ClassName builder = model.names().builder();
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(GeneratedFiles.generatedAnnotation())
                .addJavadoc("Builds {@link $T} values: {@code $T.builder().…​.build()}. Not thread-safe.\n",
                        model.type(), builder);
        for (PropertyModel property : model.properties()) {
            FieldSpec.Builder field = FieldSpec.builder(property.type().typeName(), property.name(), Modifier.PRIVATE);
            initialValue(property).ifPresent(field::initializer);
            type.addField(field.build());
        }
        for (String word : setWords) {
            type.addField(FieldSpec.builder(int.class, word, Modifier.PRIVATE)
                    .addJavadoc("Bit i: the i-th JSON property was set.\n")
                    .build());
        }
        if (defaults != null) {
            type.addField(FieldSpec.builder(int.class, defaults, Modifier.PRIVATE)
                    .addJavadoc("Bit j: the j-th defaulted property was not set and takes its default.\n")
                    .initializer("$L", PresenceBits.hex((int) ((1L << model.defaultedProperties().size()) - 1)))
                    .build());
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addJavadoc("A builder with no property set.\n")
                        .addStatement("return new $T()", builder)
                        .build())
                .addMethod(fromMethod(model));
        for (PropertyModel property : model.properties()) {
            int jsonIndex = json.indexOf(property);
            String setWord = jsonIndex < 0 ? null : setWords.get(PresenceBits.word(jsonIndex));
            type.addMethod(setter(model, property, jsonIndex, setWord, defaults));
        }
        return GeneratedFiles.file(model, type.addMethod(buildMethod(model, setWords, defaults)).build());
    }

    /** What an unset property holds, where Java's zero or {@code null} is not it. */
    private static Optional<CodeBlock> initialValue(PropertyModel property) {
        TypeModel type = property.type();
        if (property.kind() == PropertyKind.UNKNOWN_FIELDS) {
            return Optional.of(CodeBlock.of("$T.of()", Map.class));
        }
        if (type instanceof TypeModel.OptionalOf || type instanceof TypeModel.OptionalPrimitive) {
            return Optional.of(CodeBlock.of("$T.empty()", TypeNames.erasure(type)));
        }
        return Optional.empty();
    }

    private static MethodSpec fromMethod(EventModel model) {
        String source = "source";
        CodeBlock.Builder chain = CodeBlock.builder().add("return builder()");
        for (PropertyModel property : model.properties()) {
            chain.add("\n.$N($N.$N())", property.name(), source, property.name());
        }
        return MethodSpec.methodBuilder("from")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(model.names().builder())
                .addParameter(model.type(), source)
                .addJavadoc("A builder holding every property of {@code $N}, to build a modified copy.\n", source)
                .addStatement("$L", chain.build())
                .build();
    }

    private static MethodSpec setter(
            EventModel model, PropertyModel property, int jsonIndex, String setWord, String defaults) {
        String name = property.name();
        CodeBlock parameter = CodeBlock.of("$N", name);
        MethodSpec.Builder setter = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(model.names().builder())
                .addParameter(property.type().typeName(), name)
                .addJavadoc(setterDoc(model, property));
        if (property.kind() == PropertyKind.NULLABLE) {
            CodeBlock copy = copyOf(property.type(), parameter);
            setter.addStatement(copy.equals(parameter) ? CodeBlock.of("this.$N = $N", name, name)
                    : CodeBlock.of("this.$N = $N == null ? null : $L", name, name, copy));
        } else if (property.type().isReference()) {
            setter.addStatement("$T.requireNonNull($N, $S)", Objects.class, name, name)
                    .addStatement("this.$N = $L", name, copyOf(property.type(), parameter));
        } else {
            setter.addStatement("this.$N = $N", name, name);
        }
        if (setWord != null) {
            setter.addStatement("$N |= $L", setWord, PresenceBits.bit(jsonIndex));
        }
        if (property.kind() == PropertyKind.DEFAULTED) {
            setter.addStatement("$N &= ~$L", defaults, PresenceBits.hex(1 << model.defaultedProperties().indexOf(property)));
        }
        return setter.addStatement("return this").build();
    }

    private static CodeBlock setterDoc(EventModel model, PropertyModel property) {
        String what;
        switch (property.kind()) {
            case UNKNOWN_FIELDS:
                return CodeBlock.of("Sets {@link $T#$N()}, the JSON members written after the declared ones.\n",
                        model.type(), property.name());
            case NULLABLE:
                what = "may be {@code null}";
                break;
            case OPTIONAL:
                what = "empty unless set";
                break;
            case DEFAULTED:
                what = "takes its default unless set";
                break;
            default:
                what = "required";
                break;
        }
        return CodeBlock.of("Sets {@link $T#$N()}, the JSON member {@code $L}; $L.\n", model.type(), property.name(),
                property.jsonName(), what);
    }

    /** A copy that cannot change later: lists and maps (also inside an {@code Optional}) are copied, the rest kept. */
    private static CodeBlock copyOf(TypeModel type, CodeBlock value) {
        if (type instanceof TypeModel.ListOf) {
            return CodeBlock.of("$T.copyOf($L)", List.class, value);
        }
        if (type instanceof TypeModel.MapOf) {
            return CodeBlock.of("$T.copyOf($L)", RuntimeTypes.ORDERED_MAPS, value);
        }
        if (type instanceof TypeModel.OptionalOf optional) {
            CodeBlock inner = copyOf(optional.element(), CodeBlock.of("$L.get()", value));
            if (!inner.equals(CodeBlock.of("$L.get()", value))) {
                return CodeBlock.of("$L.isPresent() ? $T.of($L) : $L", value, Optional.class, inner, value);
            }
        }
        return value;
    }

    private static MethodSpec buildMethod(EventModel model, List<String> setWords, String defaults) {
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(model.type())
                .addJavadoc("The value; throws {@link IllegalStateException} naming every required property not set."
                        + "\n");
        List<PropertyModel> json = model.jsonProperties();
        List<CodeBlock> incomplete = new ArrayList<>();
        for (int word = 0; word < setWords.size(); word++) {
            int required = PresenceBits.requiredMask(json, word);
            if (required != 0) {
                CodeBlock mask = PresenceBits.hex(required);
                incomplete.add(CodeBlock.of("($N & $L) != $L", setWords.get(word), mask, mask));
            }
        }
        if (!incomplete.isEmpty()) {
            String missing = "missing";
            build.beginControlFlow("if ($L)", CodeBlock.join(incomplete, " || "))
                    .addStatement("$T $N = new $T($S, $S, $S)", StringJoiner.class, missing, StringJoiner.class,
                            ", ", "Cannot build " + model.displayName() + ", missing required properties: ", "");
            for (int i = 0; i < json.size(); i++) {
                if (json.get(i).isRequired()) {
                    build.beginControlFlow("if (($N & $L) == 0)", setWords.get(PresenceBits.word(i)),
                                    PresenceBits.bit(i))
                            .addStatement("$N.add($S)", missing, json.get(i).name())
                            .endControlFlow();
                }
            }
            build.addStatement("throw new $T($N.toString())", IllegalStateException.class, missing)
                    .endControlFlow();
        }
        List<CodeBlock> arguments = new ArrayList<>();
        for (PropertyModel property : model.properties()) {
            arguments.add(CodeBlock.of("this.$N", property.name()));
        }
        if (defaults != null) {
            arguments.add(CodeBlock.of("this.$N", defaults));
        }
        return build.addStatement("return new $T($L)", model.names().implementation(), CodeBlock.join(arguments, ",$W"))
                .build();
    }
}
