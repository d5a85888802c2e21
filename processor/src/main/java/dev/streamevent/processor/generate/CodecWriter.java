package dev.streamevent.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.streamevent.processor.model.EventModel;
import dev.streamevent.processor.model.PropertyKind;
import dev.streamevent.processor.model.PropertyModel;
import dev.streamevent.processor.model.RuntimeTypes;
import dev.streamevent.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FooCodec}: a stateless {@code JsonCodec<Foo>} with one pre-built name table, a reader that takes
 * members in any order and tracks presence in int bit masks, and a writer that puts {@code "type"} first.
 */
public final class CodecWriter {
    private final GeneratedFiles files;

    /** @param files how every file is marked */
    public CodecWriter(GeneratedFiles files) {
        this.files = files;
    }
    private static final String INSTANCE = "INSTANCE";
    private static final String TYPE = "TYPE";
    private static final String NAMES = "NAMES";
    private static final String TYPE_VALUES = "TYPE_VALUES";

    /** The codec source for a valid model. */
    public JavaFile write(EventModel model) {
        NameAllocator fieldNames = new NameAllocator();
        for (String reserved : List.of(INSTANCE, TYPE, NAMES, TYPE_VALUES)) {
            fieldNames.newName(reserved, reserved);
        }
        EnumTables enumTables = new EnumTables(model.properties(), fieldNames);
        PropertyBits explicitNulls = PropertyBits.explicitNulls(model);
        PropertyBits plainStrings = PropertyBits.plainStrings(model);
        ClassName codec = model.names().codec();
        TypeSpec.Builder type = TypeSpec.classBuilder(codec)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(
                        model.typeValue().isPresent() ? RuntimeTypes.EVENT_CODEC : RuntimeTypes.JSON_CODEC,
                        model.type()))
                .addAnnotations(files.generatedAnnotations())
                .addJavadoc("Reads and writes {@link $T} as JSON, without reflection. Stateless and thread-safe:"
                        + " use {@link #$N}.\n", model.type(), INSTANCE)
                .addField(FieldSpec.builder(codec, INSTANCE, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", codec)
                        .build());
        model.typeValue().ifPresent(typeValue -> type
                .addField(FieldSpec.builder(String.class, TYPE, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The value of the JSON {@code $L} member that identifies this event.\n",
                                model.discriminator())
                        .initializer("$S", typeValue)
                        .build())
                .addField(FieldSpec.builder(RuntimeTypes.JSON_NAMES, TYPE_VALUES, Modifier.PRIVATE, Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("$T.of($N)", RuntimeTypes.JSON_NAMES, TYPE)
                        .build()));
        return files.file(model, type
                .addField(FieldSpec.builder(RuntimeTypes.JSON_NAMES, NAMES, Modifier.PRIVATE, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("The JSON member names in declaration order, so the reader's guess of the next"
                                + " one usually hits.\n")
                        .initializer("$T.of($L)", RuntimeTypes.JSON_NAMES, memberNames(model))
                        .build())
                .addFields(enumTables.fieldSpecs())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethods(decodeMethods(model))
                .addMethods(new Reader(model, enumTables, explicitNulls, plainStrings, fieldNames.clone()).methods())
                .addMethod(new Writer(model, enumTables, explicitNulls, plainStrings, fieldNames.clone()).method())
                .build());
    }

    /**
     * {@code decode(byte[])} and {@code decode(byte[], int, int)}, the interface's defaults written out again: there,
     * one call to {@code read} served every codec and the JIT saw many targets at it; here it sees one, and inlines it.
     */
    private static List<MethodSpec> decodeMethods(EventModel model) {
        MethodSpec whole = MethodSpec.methodBuilder("decode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(model.type())
                .addParameter(byte[].class, "json")
                .addStatement("return decode(json, 0, json.length)")
                .build();
        MethodSpec part = MethodSpec.methodBuilder("decode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(model.type())
                .addParameter(byte[].class, "json")
                .addParameter(int.class, "offset")
                .addParameter(int.class, "length")
                .addComment("JsonCodec's default, written out here so that the JIT sees only this codec's read.")
                .addStatement("$T reader = $T.borrow(json, offset, length)", RuntimeTypes.JSON_READER,
                        RuntimeTypes.JSON_READER)
                .beginControlFlow("try")
                .addStatement("$T value = read(reader)", model.type())
                .addStatement("reader.endOfDocument()")
                .addStatement("return value")
                .nextControlFlow("finally")
                .addStatement("$T.giveBack(reader)", RuntimeTypes.JSON_READER)
                .endControlFlow()
                .build();
        return List.of(whole, part);
    }

    private static CodeBlock memberNames(EventModel model) {
        List<CodeBlock> names = new ArrayList<>();
        model.typeValue().ifPresent(typeValue -> names.add(CodeBlock.of("$S", model.discriminator())));
        for (PropertyModel property : model.jsonProperties()) {
            names.add(CodeBlock.of("$S", property.jsonName()));
        }
        return CodeBlock.join(names, ",$W");
    }

    /** The index of a property in {@code NAMES}: after the discriminator, for an event. */
    private static int memberIndex(EventModel model, int propertyIndex) {
        return propertyIndex + (model.typeValue().isPresent() ? 1 : 0);
    }

    /**
     * Builds {@code read}: one local per property (or, for a large type, a new implementation to fill in place; see
     * {@link InPlaceFill}), a switch on the member index, then the checks.
     */
    private static final class Reader {
        private final EventModel model;
        private final List<PropertyModel> properties;
        private final NameAllocator names;
        private final String reader;
        private final String field;
        private final List<String> seen = new ArrayList<>();
        private final PropertyBits explicitNulls;
        private final List<String> nulls = new ArrayList<>();
        private final PropertyBits plainStrings;
        private final List<String> plain = new ArrayList<>();
        /** Where each property's value goes while reading: its local, or its field of the value filled in place. */
        private final Map<PropertyModel, CodeBlock> targets = new LinkedHashMap<>();
        /** The local that holds the value filled in place; {@code null} when the reader keeps locals. */
        private final String value;
        private final String typeSeen;
        private final String defaults;
        private final ReadCode readCode;

        /** @param names holds the codec's static field names already, so that no local hides one */
        Reader(EventModel model, EnumTables enumTables, PropertyBits explicitNulls, PropertyBits plainStrings,
                NameAllocator names) {
            this.model = model;
            this.names = names;
            this.reader = names.newName("reader");
            this.field = names.newName("field");
            this.properties = model.jsonProperties();
            this.value = InPlaceFill.appliesTo(model) ? names.newName("value") : null;
            for (PropertyModel property : model.properties()) {
                targets.put(property, value == null
                        ? CodeBlock.of("$N", names.newName(property.name()))
                        : CodeBlock.of("$N.$N", value, property.name()));
            }
            for (int word = 0; word < PresenceBits.words(properties.size()); word++) {
                seen.add(names.newName("seen" + word));
            }
            this.explicitNulls = explicitNulls;
            nulls.addAll(wordLocals(explicitNulls, "nulls", names));
            this.plainStrings = plainStrings;
            plain.addAll(wordLocals(plainStrings, "plain", names));
            this.typeSeen = model.typeValue().isPresent() ? names.newName("typeSeen") : null;
            this.defaults = model.defaultedProperties().isEmpty() ? null : names.newName("defaults");
            this.readCode = new ReadCode(reader, names, enumTables);
        }

        /**
         * {@code read}; for an event also {@code readAfterDiscriminator}, both calling {@code readMembers}, which
         * reads the members of an object already begun.
         */
        List<MethodSpec> methods() {
            if (typeSeen == null) {
                return List.of(membersMethod(MethodSpec.methodBuilder("read")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC))
                        .addStatement("$N.beginObject()", reader)
                        .addCode(membersLoop())
                        .build());
            }
            String readMembers = "readMembers";
            MethodSpec read = MethodSpec.methodBuilder("read")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(model.type())
                    .addParameter(RuntimeTypes.JSON_READER, reader)
                    .addComment("Producers write the type first; then one comparison reads it with the bracket.")
                    .addStatement("return $N($N, $N.beginEvent($N, $N))", readMembers, reader, reader, NAMES,
                            TYPE_VALUES)
                    .build();
            MethodSpec afterDiscriminator = MethodSpec.methodBuilder("readAfterDiscriminator")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(model.type())
                    .addParameter(RuntimeTypes.JSON_READER, reader)
                    .addStatement("return $N($N, true)", readMembers, reader)
                    .build();
            MethodSpec members = membersMethod(MethodSpec.methodBuilder(readMembers)
                    .addModifiers(Modifier.PRIVATE)
                    .addJavadoc("Reads the members of an object already begun; {@code $N} tells whether its {@code $L}"
                            + " was read already.\n", typeSeen, model.discriminator()))
                    .addParameter(boolean.class, typeSeen)
                    .addCode(membersLoop())
                    .build();
            return List.of(read, afterDiscriminator, members);
        }

        private MethodSpec.Builder membersMethod(MethodSpec.Builder method) {
            return method.returns(model.type()).addParameter(RuntimeTypes.JSON_READER, reader);
        }

        /** The locals, the loop over the members, the checks and the construction of the value. */
        private CodeBlock membersLoop() {
            CodeBlock.Builder method = CodeBlock.builder();
            if (value != null) {
                method.add("// So many properties that the value is filled in place rather than built from locals.\n")
                        .addStatement("$T $N = new $T()", model.names().implementation(), value,
                                model.names().implementation());
            } else {
                for (PropertyModel property : model.properties()) {
                    method.addStatement("$T $L = $L", property.type().typeName(), targets.get(property),
                            InPlaceFill.initialValue(property.type()));
                }
            }
            for (String word : seen) {
                method.addStatement("int $N = 0", word);
            }
            if (!nulls.isEmpty()) {
                method.add("// Bit i: JSON property i was an explicit null, which the value keeps to write back.\n");
                for (String word : nulls) {
                    method.addStatement("int $N = 0", word);
                }
            }
            if (!plain.isEmpty()) {
                method.add("// Bit i: JSON property i was a plain ASCII string, which the writer can copy unchecked.\n");
                for (String word : plain) {
                    method.addStatement("int $N = 0", word);
                }
            }
            if (defaults != null) {
                method.add("// Bit j: the j-th defaulted property was not read, so it takes its default.\n")
                        .addStatement("int $N = $L", defaults,
                                PresenceBits.hex((int) ((1L << model.defaultedProperties().size()) - 1)));
            }
            if (typeSeen != null) {
                method.add("// Each member guesses the one declared after it, given as the words of its ,\"name\": bytes.\n")
                        .addStatement("int $N = $L", field, nextField(memberIndex(model, 0)))
                        .beginControlFlow("while ($N != $T.END)", field, RuntimeTypes.JSON_READER);
            } else {
                // One call site for every member: the JIT can then afford to inline the reader's fast path here.
                method.addStatement("int $N", field)
                        .beginControlFlow("while (($N = $N.nextField($N)) != $T.END)", field, reader, NAMES,
                                RuntimeTypes.JSON_READER);
            }
            method.beginControlFlow("switch ($N)", field);
            if (typeSeen != null) {
                method.add(typeCase());
            }
            for (int i = 0; i < properties.size(); i++) {
                method.add(propertyCase(i));
            }
            return method.add(unknownCase())
                    .endControlFlow()
                    .endControlFlow()
                    .add(presenceChecks())
                    .add(result())
                    .build();
        }

        /**
         * The statement that ends a member's case by reading the next name: only in an event's reader, whose cases
         * guess by words; a nested object's loop reads every name at its one call site.
         */
        private CodeBlock advance(int guess) {
            return typeSeen == null ? CodeBlock.of("") : CodeBlock.of("$N = $L;\n", field, nextField(guess));
        }

        /**
         * The call that reads the next member's name in an event's reader. At an event's top level, where producers
         * write the few members in their documented order, it guesses the member with index {@code guess} (the one
         * declared next) by its words; a negative {@code guess}, a member past the last and a name without words take
         * the reader's general path, which learns each object's order at run time, as a nested object's loop does
         * (its members are written in more varied orders).
         */
        private CodeBlock nextField(int guess) {
            int first = memberIndex(model, 0);
            CodeBlock general = CodeBlock.of("$N.nextField($N)", reader, NAMES);
            if (guess < first || guess >= first + properties.size()) {
                return general;
            }
            return MemberWords.of(properties.get(guess - first).jsonName())
                    .map(words -> CodeBlock.of("$N.nextField($N, $L, $L)", reader, NAMES, guess, words.arguments()))
                    .orElse(general);
        }

        private CodeBlock typeCase() {
            return CodeBlock.builder()
                    .beginControlFlow("case 0 ->")
                    .beginControlFlow("if ($N)", typeSeen)
                    .addStatement("throw $N.duplicateProperty()", reader)
                    .endControlFlow()
                    .addStatement("$N = true", typeSeen)
                    .beginControlFlow("if ($N.readStringIndex($N) != 0)", reader, TYPE_VALUES)
                    .addStatement("throw $N.error($S)", reader,
                            "expected \"" + model.discriminator() + "\" to be \"" + model.typeValue().orElseThrow()
                                    + "\"")
                    .endControlFlow()
                    .add(advance(memberIndex(model, 0)))
                    .endControlFlow()
                    .build();
        }

        private CodeBlock propertyCase(int index) {
            PropertyModel property = properties.get(index);
            String word = seen.get(PresenceBits.word(index));
            CodeBlock bit = PresenceBits.bit(index);
            CodeBlock target = targets.get(property);
            CodeBlock.Builder code = CodeBlock.builder()
                    .beginControlFlow("case $L ->", memberIndex(model, index))
                    .beginControlFlow("if (($N & $L) != 0)", word, bit)
                    .addStatement("throw $N.duplicateProperty()", reader)
                    .endControlFlow()
                    .addStatement("$N |= $L", word, bit);
            CodeBlock read = readCode.assign(property.type(), target);
            if (plainStrings.tracks(property)) {
                read = read.toBuilder()
                        .beginControlFlow("if ($N.lastStringWasPlainAscii())", reader)
                        .addStatement("$N |= $L", plain.get(PresenceBits.word(index)), bit)
                        .endControlFlow()
                        .build();
            }
            if (property.kind() == PropertyKind.REQUIRED) {
                code.add(read);
            } else {
                // Nullable, optional and defaulted properties treat JSON null like an absent member.
                code.beginControlFlow("if (!$N.tryReadNull())", reader)
                        .add(read);
                if (property.kind() == PropertyKind.DEFAULTED) {
                    code.addStatement("$N &= ~$L", defaults,
                            PresenceBits.hex(1 << model.defaultedProperties().indexOf(property)));
                }
                if (explicitNulls.tracks(property)) {
                    code.nextControlFlow("else").addStatement("$N |= $L", nulls.get(PresenceBits.word(index)), bit);
                }
                code.endControlFlow();
            }
            return code.add(advance(memberIndex(model, index + 1))).endControlFlow().build();
        }

        private CodeBlock unknownCase() {
            CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("default ->");
            if (model.unknownFields().isEmpty()) {
                return code.addStatement("$N.skipValue()", reader).add(advance(-1)).endControlFlow().build();
            }
            CodeBlock kept = targets.get(model.unknownFields().get());
            String name = names.newName("name");
            return code.beginControlFlow("if ($L == null)", kept)
                    .addStatement("$L = new $T<>()", kept, LinkedHashMap.class)
                    .endControlFlow()
                    .addStatement("$T $N = $N.currentName()", String.class, name, reader)
                    .add("// The first of duplicate unknown members is kept; later ones are skipped.\n")
                    .beginControlFlow("if ($L.containsKey($N))", kept, name)
                    .addStatement("$N.skipValue()", reader)
                    .nextControlFlow("else")
                    .addStatement("$L.put($N, $N.readValue())", kept, name, reader)
                    .endControlFlow()
                    .add(advance(-1))
                    .endControlFlow()
                    .build();
        }

        private CodeBlock presenceChecks() {
            CodeBlock.Builder code = CodeBlock.builder();
            if (typeSeen != null) {
                code.beginControlFlow("if (!$N)", typeSeen)
                        .addStatement("throw $N.missingProperty($S)", reader, model.discriminator())
                        .endControlFlow();
            }
            for (int word = 0; word < seen.size(); word++) {
                int required = PresenceBits.requiredMask(properties, word);
                if (required == 0) {
                    continue;
                }
                CodeBlock mask = PresenceBits.hex(required);
                code.beginControlFlow("if (($N & $L) != $L)", seen.get(word), mask, mask);
                for (int i = 0; i < properties.size(); i++) {
                    if (PresenceBits.word(i) == word && properties.get(i).isRequired()) {
                        code.beginControlFlow("if (($N & $L) == 0)", seen.get(word), PresenceBits.bit(i))
                                .addStatement("throw $N.missingProperty($S)", reader, properties.get(i).jsonName())
                                .endControlFlow();
                    }
                }
                code.endControlFlow();
            }
            if (model.unknownFields().isPresent()) {
                CodeBlock kept = targets.get(model.unknownFields().get());
                code.addStatement("$L = $L == null$W? $T.of()$W: $T.unmodifiableMap($L)", kept, kept, Map.class,
                        Collections.class, kept);
            }
            return code.build();
        }

        /**
         * The new value from the locals, or the value filled in place, finished: either way with the mask of absent
         * defaulted properties and the words of bits.
         */
        private CodeBlock result() {
            List<CodeBlock> arguments = new ArrayList<>();
            if (value == null) {
                arguments.addAll(targets.values());
            }
            if (defaults != null) {
                arguments.add(CodeBlock.of("$N", defaults));
            }
            for (String word : nulls) {
                arguments.add(CodeBlock.of("$N", word));
            }
            for (String word : plain) {
                arguments.add(CodeBlock.of("$N", word));
            }
            CodeBlock joined = CodeBlock.join(arguments, ",$W");
            return value == null
                    ? CodeBlock.of("return new $T($L);\n", model.names().implementation(), joined)
                    : CodeBlock.of("return $N.$N($L);\n", value, InPlaceFill.finishMethod(model), joined);
        }
    }

    /**
     * Builds {@code write}: {@code "type"} first, then the properties in order (absent ones omitted), then the kept
     * unknown members. A decoded value of a type that keeps unknown fields also writes back its explicit nulls.
     */
    private static final class Writer {
        private final EventModel model;
        private final PropertyBits explicitNulls;
        private final PropertyBits plainStrings;
        private final NameAllocator names;
        private final String writer;
        private final String value;
        private final List<String> nulls = new ArrayList<>();
        private final List<String> plain = new ArrayList<>();
        private final WriteCode writeCode;

        /** @param names holds the codec's static field names already, so that no local hides one */
        Writer(EventModel model, EnumTables enumTables, PropertyBits explicitNulls, PropertyBits plainStrings,
                NameAllocator names) {
            this.model = model;
            this.explicitNulls = explicitNulls;
            this.plainStrings = plainStrings;
            this.names = names;
            this.writer = names.newName("writer");
            this.value = names.newName("value");
            nulls.addAll(wordLocals(explicitNulls, "nulls", names));
            plain.addAll(wordLocals(plainStrings, "plain", names));
            this.writeCode = new WriteCode(writer, names, enumTables);
        }

        MethodSpec method() {
            MethodSpec.Builder method = MethodSpec.methodBuilder("write")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(RuntimeTypes.JSON_WRITER, writer)
                    .addParameter(model.type(), value);
            String decoded = nulls.isEmpty() && plain.isEmpty() ? null : names.newName("decoded");
            if (!nulls.isEmpty()) {
                method.addComment("A decoded value writes back the members that were explicit nulls.");
                decodedBits(method, nulls, explicitNulls, decoded);
            }
            if (!plain.isEmpty()) {
                method.addComment("A decoded value knows which of its strings need no escaping.");
                decodedBits(method, plain, plainStrings, decoded);
            }
            method.addStatement("$N.beginObject()", writer);
            if (model.typeValue().isPresent()) {
                // The type value's quoted bytes are in TYPE_VALUES already: no escaping on every write.
                method.addStatement("$N.name($N, 0)", writer, NAMES).addStatement("$N.value($N, 0)", writer, TYPE_VALUES);
            }
            List<PropertyModel> properties = model.jsonProperties();
            for (int i = 0; i < properties.size(); i++) {
                method.addCode(property(properties.get(i), memberIndex(model, i)));
            }
            model.unknownFields().ifPresent(unknown -> method.addCode(unknown(unknown)));
            return method.addStatement("$N.endObject()", writer).build();
        }

        /** Declares each word of a decoded value's bits as a local, zero for a value that was not decoded. */
        private void decodedBits(MethodSpec.Builder method, List<String> locals, PropertyBits bits, String decoded) {
            for (int word = 0; word < locals.size(); word++) {
                method.addStatement("int $N = $N instanceof $T $N ? $N.$N : 0", locals.get(word), value,
                        model.names().implementation(), decoded, decoded, bits.fields().get(word));
            }
        }

        /** Writes a property's value; a string the reader found plain is copied without a check. */
        private CodeBlock writeValue(PropertyModel property, CodeBlock expression) {
            if (!plainStrings.tracks(property)) {
                return writeCode.write(property.type(), expression);
            }
            return CodeBlock.of("$N.value($L, ($N & $L) != 0);\n", writer, expression,
                    plain.get(plainStrings.word(property)), PresenceBits.bit(plainStrings.index(property)));
        }

        private CodeBlock property(PropertyModel property, int memberIndex) {
            CodeBlock name = CodeBlock.of("$N.name($N, $L);\n", writer, NAMES, memberIndex);
            CodeBlock accessor = CodeBlock.of("$N.$N()", value, property.name());
            TypeModel type = property.type();
            switch (property.kind()) {
                case NULLABLE: {
                    String local = names.newName(property.name());
                    CodeBlock.Builder code = CodeBlock.builder()
                            .addStatement("$T $N = $L", type.typeName(), local, accessor)
                            .beginControlFlow("if ($N != null)", local)
                            .add(name)
                            .add(writeValue(property, CodeBlock.of("$N", local)));
                    return explicitNull(code, property, name).endControlFlow().build();
                }
                case OPTIONAL: {
                    String local = names.newName(property.name());
                    CodeBlock present = type instanceof TypeModel.OptionalOf optional
                            ? writeCode.write(optional.element(), CodeBlock.of("$N.get()", local))
                            : CodeBlock.of("$N.value($N.getAs$L());\n", writer, local,
                                    capitalized(((TypeModel.OptionalPrimitive) type).kind().primitive().toString()));
                    CodeBlock.Builder code = CodeBlock.builder()
                            .addStatement("$T $N = $L", type.typeName(), local, accessor)
                            .beginControlFlow("if ($N.isPresent())", local)
                            .add(name)
                            .add(present);
                    return explicitNull(code, property, name).endControlFlow().build();
                }
                default:
                    if (explicitNulls.tracks(property)) {
                        // A defaulted property: its default stands for the null that was read.
                        return CodeBlock.builder()
                                .add(name)
                                .beginControlFlow("if ($L)", wasNull(property))
                                .addStatement("$N.nullValue()", writer)
                                .nextControlFlow("else")
                                .add(writeValue(property, accessor))
                                .endControlFlow()
                                .build();
                    }
                    return CodeBlock.builder().add(name).add(writeValue(property, accessor)).build();
            }
        }

        /** For a tracked property, {@code else if} the member was an explicit null, write it. */
        private CodeBlock.Builder explicitNull(CodeBlock.Builder code, PropertyModel property, CodeBlock name) {
            if (!explicitNulls.tracks(property)) {
                return code;
            }
            return code.nextControlFlow("else if ($L)", wasNull(property))
                    .add(name)
                    .addStatement("$N.nullValue()", writer);
        }

        /** Whether the tracked property was an explicit null in the value being written. */
        private CodeBlock wasNull(PropertyModel property) {
            return CodeBlock.of("($N & $L) != 0", nulls.get(explicitNulls.word(property)),
                    PresenceBits.bit(explicitNulls.index(property)));
        }

        /** The kept unknown members; usually there are none, and then no iterator is made. */
        private CodeBlock unknown(PropertyModel unknown) {
            String kept = names.newName(unknown.name());
            String entry = names.newName("entry");
            TypeModel.MapOf map = (TypeModel.MapOf) unknown.type();
            return CodeBlock.builder()
                    .addStatement("$T $N = $N.$N()", map.typeName(), kept, value, unknown.name())
                    .beginControlFlow("if (!$N.isEmpty())", kept)
                    .beginControlFlow("for ($T $N : $N.entrySet())", ParameterizedTypeName.get(
                            ClassName.get(Map.Entry.class), ClassName.get(String.class), map.value().typeName()),
                            entry, kept)
                    .addStatement("$N.name($N.getKey())", writer, entry)
                    .addStatement("$N.value($N.getValue())", writer, entry)
                    .endControlFlow()
                    .endControlFlow()
                    .build();
        }
    }

    /** A method's locals for the words of some property bits: {@code prefix0}, {@code prefix1}... */
    private static List<String> wordLocals(PropertyBits bits, String prefix, NameAllocator names) {
        List<String> locals = new ArrayList<>();
        for (int word = 0; word < bits.fields().size(); word++) {
            locals.add(names.newName(prefix + word));
        }
        return locals;
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
