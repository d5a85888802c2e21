package dev.streamevent.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.streamevent.processor.model.FamilyModel;
import dev.streamevent.processor.model.RuntimeTypes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes a family's classes: {@code BarCodec} (dispatch on the discriminator, through the runtime's
 * {@code AbstractFamilyCodec}), the {@code UnknownBar} and {@code InvalidBar} members, and {@code BarVisitor}.
 */
public final class FamilyWriter {
    private final GeneratedFiles files;

    /** @param files how every file is marked */
    public FamilyWriter(GeneratedFiles files) {
        this.files = files;
    }

    /** The four sources of a valid family, codec first. */
    public List<JavaFile> write(FamilyModel family) {
        return List.of(codec(family), unknownMember(family), invalidMember(family), visitor(family));
    }

    private JavaFile codec(FamilyModel family) {
        FamilyModel.Names names = family.names();
        List<CodeBlock> typeValues = new ArrayList<>();
        List<CodeBlock> codecs = new ArrayList<>();
        for (FamilyModel.Member member : family.members()) {
            typeValues.add(CodeBlock.of("$S", member.typeValue()));
            codecs.add(CodeBlock.of("$T.INSTANCE", member.codec()));
        }
        MethodSpec.Builder writeMember = MethodSpec.methodBuilder("writeMember")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .addParameter(RuntimeTypes.JSON_WRITER, "writer")
                .addParameter(family.base(), "value");
        for (FamilyModel.Member member : family.members()) {
            writeMember.beginControlFlow("if (value instanceof $T)", member.type())
                    .addStatement("$T.INSTANCE.write(writer, ($T) value)", member.codec(), member.type())
                    .addStatement("return")
                    .endControlFlow();
        }
        writeMember.addStatement("throw new $T($S)", IllegalArgumentException.class,
                "not a member of " + family.base().simpleName() + "; implement one of its member interfaces");
        TypeSpec codec = TypeSpec.classBuilder(names.codec())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.ABSTRACT_FAMILY_CODEC, family.base()))
                .addAnnotations(files.generatedAnnotations())
                .addJavadoc("Reads any member of {@link $T} by its {@code $L} member, and writes any member. An unknown"
                        + " type gives {@link $T}; {@link #decodeLenient(byte[])} gives {@link $T} instead of"
                        + " throwing.\n", family.base(), family.discriminator(), names.unknown(), names.invalid())
                .addField(FieldSpec.builder(names.codec(), "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", names.codec())
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addStatement("super($S,$W$T.of($L),$W$T.of($L))", family.discriminator(),
                                RuntimeTypes.JSON_NAMES, CodeBlock.join(typeValues, ",$W"), List.class,
                                CodeBlock.join(codecs, ",$W"))
                        .build())
                .addMethod(MethodSpec.methodBuilder("unknown")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PROTECTED)
                        .returns(family.base())
                        .addParameter(String.class, "type")
                        .addParameter(byte[].class, "rawJson")
                        .addStatement("return new $T(type, rawJson)", names.unknown())
                        .build())
                .addMethod(MethodSpec.methodBuilder("invalid")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PROTECTED)
                        .returns(family.base())
                        .addParameter(String.class, "type")
                        .addParameter(byte[].class, "rawJson")
                        .addParameter(RuntimeTypes.JSON_EXCEPTION, "error")
                        .addStatement("return new $T(type, rawJson, error)", names.invalid())
                        .build())
                .addMethod(writeMember.build())
                .build();
        return file(family, codec);
    }

    private JavaFile unknownMember(FamilyModel family) {
        ClassName unknown = family.names().unknown();
        TypeSpec type = rawMember(family, unknown, RuntimeTypes.UNKNOWN_MEMBER, false)
                .addJavadoc("A member of {@link $T} whose {@code $L} no member declares, kept with its exact JSON so"
                        + " that it can be inspected or encoded back unchanged.\n", family.base(),
                        family.discriminator())
                .build();
        return file(family, type);
    }

    private JavaFile invalidMember(FamilyModel family) {
        ClassName invalid = family.names().invalid();
        TypeSpec type = rawMember(family, invalid, RuntimeTypes.INVALID_MEMBER, true)
                .addJavadoc("What lenient decoding gives for input that is not a valid member of {@link $T}: the"
                        + " input exactly as received, its type if it could be read, and the error.\n", family.base())
                .build();
        return file(family, type);
    }

    /** The shared shape of the unknown and invalid members: type, raw bytes (copied in and out), maybe an error. */
    private TypeSpec.Builder rawMember(FamilyModel family, ClassName name, ClassName role, boolean withError) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(String.class, "type")
                .addParameter(byte[].class, "rawJson")
                .addStatement("this.type = $L", withError ? CodeBlock.of("type")
                        : CodeBlock.of("$T.requireNonNull(type, $S)", Objects.class, "type"))
                .addStatement("this.rawJson = rawJson.clone()");
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(family.base())
                .addSuperinterface(role)
                .addAnnotations(files.generatedAnnotations())
                .addField(String.class, "type", Modifier.PRIVATE, Modifier.FINAL)
                .addField(byte[].class, "rawJson", Modifier.PRIVATE, Modifier.FINAL);
        if (withError) {
            type.addField(RuntimeTypes.JSON_EXCEPTION, "error", Modifier.PRIVATE, Modifier.FINAL);
            constructor.addParameter(RuntimeTypes.JSON_EXCEPTION, "error")
                    .addStatement("this.error = $T.requireNonNull(error, $S)", Objects.class, "error");
        }
        type.addMethod(constructor.build())
                .addMethod(getter("type", TypeName.get(String.class), CodeBlock.of("type")))
                .addMethod(getter("rawJson", TypeName.get(byte[].class), CodeBlock.of("rawJson.clone()")));
        if (withError) {
            type.addMethod(getter("error", RuntimeTypes.JSON_EXCEPTION, CodeBlock.of("error")));
        }
        CodeBlock sameError = withError ? CodeBlock.of("\n&& error.getMessage().equals(that.error.getMessage())")
                : CodeBlock.of("");
        return type
                .addMethod(MethodSpec.methodBuilder("equals")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class)
                        .addParameter(Object.class, "o")
                        .beginControlFlow("if (o == this)")
                        .addStatement("return true")
                        .endControlFlow()
                        .beginControlFlow("if (!(o instanceof $T))", name)
                        .addStatement("return false")
                        .endControlFlow()
                        .addStatement("$T that = ($T) o", name, name)
                        .addStatement("return $T.equals(type, that.type)\n&& $T.equals(rawJson, that.rawJson)$L",
                                Objects.class, Arrays.class, sameError)
                        .build())
                .addMethod(MethodSpec.methodBuilder("hashCode")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addStatement("return $T.hashCode(type) * 1000003 ^ $T.hashCode(rawJson)", Objects.class,
                                Arrays.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return new $T($S).append(type)\n.append($S).append(new $T(rawJson, $T.UTF_8))"
                                + "$L\n.append('}')\n.toString()", StringBuilder.class, name.simpleName() + "{type=",
                                ", rawJson=", String.class, StandardCharsets.class,
                                withError ? CodeBlock.of("\n.append($S).append(error.getMessage())", ", error=")
                                        : CodeBlock.of(""))
                        .build());
    }

    private static MethodSpec getter(String name, TypeName type, CodeBlock value) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addStatement("return $L", value)
                .build();
    }

    private JavaFile visitor(FamilyModel family) {
        FamilyModel.Names names = family.names();
        TypeVariableName result = TypeVariableName.get("R");
        TypeSpec.Builder visitor = TypeSpec.interfaceBuilder(names.visitor())
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariable(result)
                .addAnnotations(files.generatedAnnotations())
                .addJavadoc("One method per member of {@link $T}, plus the unknown and invalid members. A new member"
                        + " adds a method, so every visitor must handle it: that compile error is the point.\n\n"
                        + "@param <R> what visiting returns\n", family.base());
        MethodSpec.Builder dispatch = MethodSpec.methodBuilder("dispatch")
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .addJavadoc("Calls the method for {@code event}'s member type.\n")
                .returns(result)
                .addParameter(family.base(), "event");
        for (FamilyModel.Member member : family.members()) {
            visitor.addMethod(visitMethod("visit", member.type(), result));
            dispatch.beginControlFlow("if (event instanceof $T)", member.type())
                    .addStatement("return visit(($T) event)", member.type())
                    .endControlFlow();
        }
        visitor.addMethod(visitMethod("visitUnknown", names.unknown(), result))
                .addMethod(visitMethod("visitInvalid", names.invalid(), result));
        dispatch.beginControlFlow("if (event instanceof $T)", names.unknown())
                .addStatement("return visitUnknown(($T) event)", names.unknown())
                .endControlFlow()
                .beginControlFlow("if (event instanceof $T)", names.invalid())
                .addStatement("return visitInvalid(($T) event)", names.invalid())
                .endControlFlow()
                .addStatement("throw new $T($S)", IllegalArgumentException.class,
                        "not a member of " + family.base().simpleName());
        return file(family, visitor.addMethod(dispatch.build()).build());
    }

    private static MethodSpec visitMethod(String name, ClassName type, TypeVariableName result) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(result)
                .addParameter(type, "event")
                .build();
    }

    private JavaFile file(FamilyModel family, TypeSpec type) {
        return files.file(family.base(), type);
    }
}
