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
    private final GeneratedFiles files;

    /** @param files how every file is marked */
    public BuilderWriter(GeneratedFiles files) {
        this.files = files;
    }

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
        PropertyBits explicitNulls = PropertyBits.explicitNulls(model);
        List<String> nullWords = new ArrayList<>();
        for (int word = 0; word < explicitNulls.fields().size(); word++) {
            nullWords.add(fieldNames.newName("explicitNulls" + word));
        }
        Fields fields = new Fields(setWords, defaults, explicitNulls, nullWords);

        ClassName builder = model.names().builder();
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotations(files.generatedAnnotations())
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
        for (int word = 0; word < nullWords.size(); word++) {
            type.addField(FieldSpec.builder(int.class, nullWords.get(word), Modifier.PRIVATE)
                    .addJavadoc("Bit i: JSON property $L was an explicit {@code null} in the decoded value this"
                            + " builder copied,\nand has not been set since; the built value writes it back.\n",
                            PresenceBits.indexOfBitI(word))
                    .build());
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addJavadoc("A builder with no property set.\n")
                        .addStatement("return new $T()", builder)
                        .build())
                .addMethod(fromMethod(model, fields));
        for (PropertyModel property : model.properties()) {
            type.addMethod(setter(model, property, fields));
        }
        return files.file(model, type.addMethod(buildMethod(model, fields)).build());
    }

    /**
     * The builder's own fields besides the properties.
     *
     * @param setWords the presence words, bit i for the i-th JSON property
     * @param defaults the mask of defaulted properties not set, or {@code null} if there are none
     * @param explicitNulls which properties' explicit nulls are tracked
     * @param nullWords the explicit-null words, parallel to {@link PropertyBits#fields()}
     */
    private record Fields(List<String> setWords, String defaults, PropertyBits explicitNulls,
            List<String> nullWords) {
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

    private static MethodSpec fromMethod(EventModel model, Fields fields) {
        String source = "source";
        CodeBlock.Builder chain = CodeBlock.builder().add("builder()");
        for (PropertyModel property : model.properties()) {
            chain.add("\n.$N($N.$N())", property.name(), source, property.name());
        }
        MethodSpec.Builder from = MethodSpec.methodBuilder("from")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(model.names().builder())
                .addParameter(model.type(), source)
                .addJavadoc("A builder holding every property of {@code $N}, to build a modified copy.\n", source);
        if (!fields.explicitNulls().any()) {
            return from.addStatement("return $L", chain.build()).build();
        }
        String copy = "copy";
        String decoded = "decoded";
        from.addStatement("$T $N = $L", model.names().builder(), copy, chain.build())
                .beginControlFlow("if ($N instanceof $T $N)", source, model.names().implementation(), decoded)
                .addComment("Keep the explicit nulls of a decoded value, so that the copy encodes as it was read.");
        for (int word = 0; word < fields.nullWords().size(); word++) {
            from.addStatement("$N.$N = $N.$N", copy, fields.nullWords().get(word), decoded,
                    fields.explicitNulls().fields().get(word));
        }
        List<PropertyModel> defaulted = model.defaultedProperties();
        if (!defaulted.isEmpty()) {
            from.addComment("A defaulted member that was null takes its default again, from the copy's properties.");
        }
        for (int j = 0; j < defaulted.size(); j++) {
            PropertyModel property = defaulted.get(j);
            if (fields.explicitNulls().tracks(property)) {
                from.beginControlFlow("if (($N.$N & $L) != 0)", decoded,
                                fields.explicitNulls().fields().get(fields.explicitNulls().word(property)),
                                PresenceBits.bit(fields.explicitNulls().index(property)))
                        .addStatement("$N.$N |= $L", copy, fields.defaults(), PresenceBits.hex(1 << j))
                        .endControlFlow();
            }
        }
        return from.endControlFlow().addStatement("return $N", copy).build();
    }

    private static MethodSpec setter(EventModel model, PropertyModel property, Fields fields) {
        int jsonIndex = model.jsonProperties().indexOf(property);
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
        if (jsonIndex >= 0) {
            setter.addStatement("$N |= $L", fields.setWords().get(PresenceBits.word(jsonIndex)),
                    PresenceBits.bit(jsonIndex));
        }
        if (property.kind() == PropertyKind.DEFAULTED) {
            setter.addStatement("$N &= ~$L", fields.defaults(),
                    PresenceBits.hex(1 << model.defaultedProperties().indexOf(property)));
        }
        if (fields.explicitNulls().tracks(property)) {
            setter.addStatement("$N &= ~$L", fields.nullWords().get(fields.explicitNulls().word(property)),
                    PresenceBits.bit(jsonIndex));
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

    private static MethodSpec buildMethod(EventModel model, Fields fields) {
        List<String> setWords = fields.setWords();
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
        if (fields.defaults() != null) {
            arguments.add(CodeBlock.of("this.$N", fields.defaults()));
        }
        for (String word : fields.nullWords()) {
            arguments.add(CodeBlock.of("this.$N", word));
        }
        // No plain-string bits: the writer checks the strings of a built value.
        for (int word = 0; word < PropertyBits.plainStrings(model).fields().size(); word++) {
            arguments.add(CodeBlock.of("0"));
        }
        return build.addStatement("return new $T($L)", model.names().implementation(), CodeBlock.join(arguments, ",$W"))
                .build();
    }
}
