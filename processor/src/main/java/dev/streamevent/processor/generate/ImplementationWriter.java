package dev.streamevent.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.streamevent.processor.model.EventModel;
import dev.streamevent.processor.model.PrimitiveKind;
import dev.streamevent.processor.model.PropertyKind;
import dev.streamevent.processor.model.PropertyModel;
import dev.streamevent.processor.model.RuntimeTypes;
import dev.streamevent.processor.model.TypeModel;
import java.lang.invoke.VarHandle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the package-private immutable {@code FooImpl}: final fields, accessors, and AutoValue-style {@code equals},
 * {@code hashCode} and {@code toString}. Codec and builder create it; its constructor trusts them (they have already
 * checked presence and copied collections). The implementation of a type with many properties also lets its codec fill
 * a new instance in place ({@link InPlaceFill}), so its fields are package-private and not {@code final}.
 */
public final class ImplementationWriter {
    private final GeneratedFiles files;

    /** @param files how every file is marked */
    public ImplementationWriter(GeneratedFiles files) {
        this.files = files;
    }

    /** The implementation source for a valid model. */
    public JavaFile write(EventModel model) {
        TypeSpec.Builder type = TypeSpec.classBuilder(model.names().implementation())
                .addModifiers(Modifier.FINAL)
                .superclass(RuntimeTypes.GENERATED_VALUE)
                .addSuperinterface(model.type())
                .addAnnotations(files.generatedAnnotations())
                .addJavadoc("The immutable implementation of {@link $T}. Build one with {@link $T}.\n",
                        model.type(), model.names().builder());
        boolean inPlace = InPlaceFill.appliesTo(model);
        if (inPlace) {
            type.addJavadoc("\n<p>So many properties that {@link $T} fills a new instance in place: the fields are not"
                    + " final,\nand nothing but the constructors, {@link #$N} and that codec writes them.\n",
                    model.names().codec(), InPlaceFill.finishMethod(model));
        }
        for (PropertyModel property : model.properties()) {
            type.addField(FieldSpec.builder(property.type().typeName(), property.name())
                    .addModifiers(unlessFilledInPlace(model, Modifier.PRIVATE, Modifier.FINAL))
                    .build());
        }
        PropertyBits explicitNulls = PropertyBits.explicitNulls(model);
        addWordFields(type, explicitNulls, model, "Bit i: JSON property $L arrived as an explicit {@code null}. This"
                + " type keeps unknown fields,\nso decode then encode must lose nothing: {@link $T} writes that"
                + " {@code null} back\ninstead of omitting the member. Not part of {@code equals},"
                + " {@code hashCode} or {@code toString}:\nto the user, {@code null} and absent are the"
                + " same value.\n");
        PropertyBits plainStrings = PropertyBits.plainStrings(model);
        addWordFields(type, plainStrings, model, "Bit i: JSON property $L was a string of plain printable ASCII when"
                + " decoded, so {@link $T}\ncopies it without checking every char again. Zero in a built value."
                + " Not part of {@code equals},\n{@code hashCode} or {@code toString}.\n");
        List<PropertyBits> bits = List.of(explicitNulls, plainStrings);
        type.addMethod(constructor(model, bits));
        if (inPlace) {
            type.addMethod(emptyConstructor(model)).addMethod(finishDecoding(model, bits));
        }
        if (model.declaresTypeAccessor()) {
            type.addMethod(MethodSpec.methodBuilder(EventModel.TYPE_ACCESSOR)
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(String.class)
                    .addStatement("return $S", model.typeValue().orElseThrow())
                    .build());
        }
        for (PropertyModel property : model.properties()) {
            type.addMethod(MethodSpec.methodBuilder(property.name())
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(property.type().typeName())
                    .addStatement("return this.$N", property.name())
                    .build());
        }
        return files.file(model, type
                .addMethod(writeWithGeneratedCodec(model))
                .addMethod(equalsMethod(model))
                .addMethod(hashCodeMethod(model))
                .addMethod(toStringMethod(model))
                .build());
    }

    /**
     * Adds one package-private {@code int} field per word of some property bits; {@code javadoc} takes the index of
     * the word's bit i and the codec.
     */
    private static void addWordFields(TypeSpec.Builder type, PropertyBits bits, EventModel model, String javadoc) {
        for (int word = 0; word < bits.fields().size(); word++) {
            type.addField(FieldSpec.builder(int.class, bits.fields().get(word))
                    .addModifiers(unlessFilledInPlace(model, Modifier.FINAL))
                    .addJavadoc(javadoc, PresenceBits.indexOfBitI(word), model.names().codec())
                    .build());
        }
    }

    /** A field's {@code modifiers}, or none for a type whose codec fills its value in place and so writes the field. */
    private static Modifier[] unlessFilledInPlace(EventModel model, Modifier... modifiers) {
        return InPlaceFill.appliesTo(model) ? new Modifier[0] : modifiers;
    }

    /**
     * Takes every property in order, then (if any property has a default) a mask whose bit j says "the j-th defaulted
     * property is absent: compute its default", then the explicit-null words and the plain-string words, if any.
     * Defaults are computed last, so their methods may read the others.
     */
    private static MethodSpec constructor(EventModel model, List<PropertyBits> bits) {
        NameAllocator names = new NameAllocator();
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        Map<PropertyModel, CodeBlock> sources = new LinkedHashMap<>();
        for (PropertyModel property : model.properties()) {
            String parameter = names.newName(property.name());
            constructor.addParameter(property.type().typeName(), parameter);
            sources.put(property, CodeBlock.of("$N", parameter));
            if (property.kind() != PropertyKind.DEFAULTED) {
                constructor.addStatement("this.$N = $N", property.name(), parameter);
            }
        }
        return defaultsAndBits(constructor, model, bits, sources, names).build();
    }

    /** For the codec that fills a value in place: every property absent, as it is before its member is read. */
    private static MethodSpec emptyConstructor(EventModel model) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addJavadoc("An empty value for {@link $T} to fill in place, then to end with {@link #$N}.\n",
                        model.names().codec(), InPlaceFill.finishMethod(model));
        for (PropertyModel property : model.properties()) {
            if (InPlaceFill.startsAsEmptyOptional(property.type())) {
                constructor.addStatement("this.$N = $L", property.name(), InPlaceFill.initialValue(property.type()));
            }
        }
        return constructor.build();
    }

    /**
     * Ends filling in place: takes what the constructor takes after the properties, then publishes the value as a
     * constructor with {@code final} fields would.
     */
    private static MethodSpec finishDecoding(EventModel model, List<PropertyBits> bits) {
        NameAllocator names = new NameAllocator();
        Map<PropertyModel, CodeBlock> sources = new LinkedHashMap<>();
        for (PropertyModel property : model.properties()) {
            names.newName(property.name());
            sources.put(property, CodeBlock.of("this.$N", property.name()));
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(InPlaceFill.finishMethod(model))
                .returns(model.names().implementation())
                .addJavadoc("Called by {@link $T} once every member is read into this value; returns it.\n",
                        model.names().codec());
        return defaultsAndBits(method, model, bits, sources, names)
                .addComment("The fields are not final: this is the barrier that a constructor with final fields ends"
                        + " with, so that")
                .addComment("a value passed to another thread without synchronization is seen whole.")
                .addStatement("$T.releaseFence()", VarHandle.class)
                .addStatement("return this")
                .build();
    }

    /**
     * Adds the mask of absent defaulted properties and the words of bits as parameters, then computes each defaulted
     * property from its {@code source} or its default, and keeps the bits.
     */
    private static MethodSpec.Builder defaultsAndBits(MethodSpec.Builder method, EventModel model,
            List<PropertyBits> bits, Map<PropertyModel, CodeBlock> sources, NameAllocator names) {
        List<PropertyModel> defaulted = model.defaultedProperties();
        String defaults = defaulted.isEmpty() ? null : names.newName("defaults");
        if (defaults != null) {
            method.addParameter(int.class, defaults);
        }
        for (PropertyBits kind : bits) {
            for (String word : kind.fields()) {
                method.addParameter(int.class, names.newName(word, word));
            }
        }
        for (int j = 0; j < defaulted.size(); j++) {
            PropertyModel property = defaulted.get(j);
            method.addStatement("this.$N = ($N & $L) != 0 ? $T.super.$N() : $L", property.name(), defaults,
                    PresenceBits.hex(1 << j), model.type(), property.name(), sources.get(property));
        }
        for (PropertyBits kind : bits) {
            for (String word : kind.fields()) {
                method.addStatement("this.$N = $N", word, names.get(word));
            }
        }
        return method;
    }

    /** Lets a family codec write this value without testing it against each member interface. */
    private static MethodSpec writeWithGeneratedCodec(EventModel model) {
        return MethodSpec.methodBuilder("writeWithGeneratedCodec")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .addParameter(RuntimeTypes.JSON_WRITER, "writer")
                .addStatement("$T.INSTANCE.write(writer, this)", model.names().codec())
                .build();
    }

    private static MethodSpec equalsMethod(EventModel model) {
        NameAllocator names = new NameAllocator();
        String other = names.newName("o");
        String that = names.newName("that");
        MethodSpec.Builder method = MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, other)
                .beginControlFlow("if ($N == this)", other)
                .addStatement("return true")
                .endControlFlow();
        if (model.properties().isEmpty()) {
            return method.addStatement("return $N instanceof $T", other, model.type()).build();
        }
        method.beginControlFlow("if (!($N instanceof $T))", other, model.type())
                .addStatement("return false")
                .endControlFlow()
                .addStatement("$T $N = ($T) $N", model.type(), that, model.type(), other);
        CodeBlock.Builder comparison = CodeBlock.builder();
        for (int i = 0; i < model.properties().size(); i++) {
            PropertyModel property = model.properties().get(i);
            comparison.add(i == 0 ? "return " : "\n&& ").add(equalsTerm(property, that));
        }
        return method.addStatement("$L", comparison.build()).build();
    }

    private static CodeBlock equalsTerm(PropertyModel property, String that) {
        CodeBlock mine = CodeBlock.of("this.$N", property.name());
        CodeBlock theirs = CodeBlock.of("$N.$N()", that, property.name());
        TypeModel type = property.type();
        if (type instanceof TypeModel.Primitive primitive) {
            switch (primitive.kind()) {
                case DOUBLE:
                    return CodeBlock.of("$T.doubleToLongBits($L) == $T.doubleToLongBits($L)",
                            Double.class, mine, Double.class, theirs);
                case FLOAT:
                    return CodeBlock.of("$T.floatToIntBits($L) == $T.floatToIntBits($L)",
                            Float.class, mine, Float.class, theirs);
                default:
                    return CodeBlock.of("$L == $L", mine, theirs);
            }
        }
        if (property.kind() == PropertyKind.NULLABLE) {
            return CodeBlock.of("$T.equals($L, $L)", Objects.class, mine, theirs);
        }
        return CodeBlock.of("$L.equals($L)", mine, theirs);
    }

    private static MethodSpec hashCodeMethod(EventModel model) {
        NameAllocator names = new NameAllocator();
        String h = names.newName("h");
        MethodSpec.Builder method = MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("int $N = 1", h);
        for (PropertyModel property : model.properties()) {
            method.addStatement("$N *= 1000003", h).addStatement("$N ^= $L", h, hashTerm(property));
        }
        return method.addStatement("return $N", h).build();
    }

    /** Static {@code hashCode} helpers for primitives, so that nothing is boxed. */
    private static CodeBlock hashTerm(PropertyModel property) {
        CodeBlock field = CodeBlock.of("this.$N", property.name());
        if (property.type() instanceof TypeModel.Primitive primitive) {
            return primitive.kind() == PrimitiveKind.INT
                    ? field
                    : CodeBlock.of("$T.hashCode($L)", primitive.kind().box(), field);
        }
        return property.kind() == PropertyKind.NULLABLE
                ? CodeBlock.of("$T.hashCode($L)", Objects.class, field)
                : CodeBlock.of("$L.hashCode()", field);
    }

    /** {@code Foo{type=response.created, itemId=item-1, outputIndex=0}}, built without string concatenation. */
    private static MethodSpec toStringMethod(EventModel model) {
        CodeBlock.Builder chain = CodeBlock.builder().add("return new $T($S)", StringBuilder.class,
                model.displayName() + "{");
        String separator = "";
        if (model.typeValue().isPresent()) {
            chain.add("\n.append($S)", EventModel.TYPE_ACCESSOR + "=" + model.typeValue().get());
            separator = ", ";
        }
        for (PropertyModel property : model.properties()) {
            chain.add("\n.append($S).append(this.$N)", separator + property.name() + "=", property.name());
            separator = ", ";
        }
        chain.add("\n.append('}')\n.toString()");
        return MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("$L", chain.build())
                .build();
    }
}
