package dev.streamevent.processor.misuse;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.streamevent.processor.TestCompiler.event;
import static dev.streamevent.processor.TestCompiler.source;
import static dev.streamevent.processor.misuse.MisuseCase.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.streamevent.processor.ErrorTag;
import dev.streamevent.processor.TestCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every mistake is a compile error with its tag, a sentence that says what to do, at the offending line; and nothing
 * is generated for the type that has it.
 */
class MisuseTest {
    private static final JavaFileObject NULLABLE = source("Nullable",
            "@java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)",
            "public @interface Nullable {}");

    static Stream<MisuseCase> cases() {
        return Stream.of(
                // Wrong element kinds.
                of("a class", ErrorTag.StreamEventNotInterface, "applies to interfaces only, and this is a class",
                        source("Foo", "@StreamEvent(type = \"x\")", "public class Foo {}"), "@StreamEvent"),
                of("an enum", ErrorTag.StreamEventNotInterface, "this is an enum",
                        source("Foo", "@StreamEvent(type = \"x\")", "public enum Foo { A }"), "@StreamEvent"),
                of("a record", ErrorTag.StreamEventNotInterface, "this is a record",
                        source("Foo", "@StreamValue", "public record Foo(int a) {}"), "@StreamValue"),
                of("an annotation type", ErrorTag.StreamEventNotInterface, "this is an annotation type",
                        source("Foo", "@StreamEvent(type = \"x\")", "public @interface Foo {}"), "@StreamEvent"),
                of("both annotations", ErrorTag.StreamEventConflictingAnnotations, "Remove one of the two",
                        source("Foo", "@StreamEvent(type = \"x\")", "@StreamValue", "public interface Foo {}"),
                        "@StreamValue"),
                // The type value.
                of("an empty type", ErrorTag.StreamEventBlankType, "Give the exact value",
                        source("Foo", "@StreamEvent(type = \"\")", "public interface Foo {}"), "type = \"\""),
                of("a whitespace type", ErrorTag.StreamEventBlankType, "Give the exact value",
                        source("Foo", "@StreamEvent(type = \"  \")", "public interface Foo {}"), "type = \"  \""),
                of("a type with a space", ErrorTag.StreamEventTypeWhitespace, "Remove the spaces",
                        source("Foo", "@StreamEvent(type = \"response created\")", "public interface Foo {}"),
                        "response created"),
                // Type declarations.
                of("a generic interface", ErrorTag.StreamEventGenericType, "Remove the type parameters",
                        source("Foo", "@StreamEvent(type = \"x\")", "public interface Foo<T> {}"), "@StreamEvent"),
                of("a private nested interface", ErrorTag.StreamEventNotAccessible, "because it is private",
                        source("Outer", "public class Outer {", "  @StreamValue", "  private interface Hidden {}",
                                "}"), "@StreamValue").in("Outer"),
                of("an interface inside a private class", ErrorTag.StreamEventNotAccessible,
                        "inside the private Inner", source("Outer", "public class Outer {",
                                "  private static class Inner {", "    @StreamValue", "    interface Nested {}", "  }",
                                "}"), "@StreamValue").in("Outer"),
                // Bad signatures.
                of("a method with parameters", ErrorTag.StreamEventMethodParameters, "Remove the parameters",
                        event("String itemId(int index);"), "String itemId(int index);"),
                of("a void method", ErrorTag.StreamEventVoidMethod, "Declare its type",
                        event("void run();"), "void run();"),
                of("a generic method", ErrorTag.StreamEventGenericMethod, "Remove the type parameters",
                        event("<T> T thing();"), "<T> T thing();"),
                of("@DefaultValue on an abstract method", ErrorTag.StreamEventDefaultValueOnAbstract,
                        "Make it a default method", event("@DefaultValue int count();"), "@DefaultValue int count();"),
                of("@JsonName on a static method", ErrorTag.StreamEventAnnotationOnNonProperty,
                        "a static or private method is not a property",
                        event("@JsonName(\"x\") static String helper() { return \"\"; }"), "static String helper()"),
                of("@JsonName on a plain default method", ErrorTag.StreamEventAnnotationOnNonProperty,
                        "Add @DefaultValue", event("@JsonName(\"x\") default String helper() { return \"\"; }"),
                        "default String helper()"),
                // Unsupported types.
                of("a char", ErrorTag.StreamEventUnsupportedType, "or String for a character",
                        event("char letter();"), "char letter();"),
                of("an array", ErrorTag.StreamEventUnsupportedType, "Use List<T>",
                        event("String[] names();"), "String[] names();"),
                of("a Set", ErrorTag.StreamEventUnsupportedType, "has no JSON mapping",
                        event("Set<String> names();"), "Set<String> names();"),
                of("a wildcard", ErrorTag.StreamEventUnsupportedType, "has no JSON mapping",
                        event("List<? extends Number> numbers();"), "List<? extends Number>"),
                of("a raw List", ErrorTag.StreamEventRawType, "Give the type argument",
                        event("@SuppressWarnings(\"rawtypes\") List items();"), "List items();"),
                of("a Map with Integer keys", ErrorTag.StreamEventMapKey, "use Map<String, T>",
                        event("Map<Integer, String> byIndex();"), "Map<Integer, String>"),
                of("Optional<Integer>", ErrorTag.StreamEventOptionalBox, "Use OptionalInt",
                        event("Optional<Integer> count();"), "Optional<Integer> count();"),
                of("Optional<Long>", ErrorTag.StreamEventOptionalBox, "Use OptionalLong",
                        event("Optional<Long> total();"), "Optional<Long> total();"),
                of("an Optional inside a List", ErrorTag.StreamEventNestedOptional, "Optional types are only for",
                        event("List<Optional<String>> maybe();"), "List<Optional<String>>"),
                of("a nested interface without @StreamValue", ErrorTag.StreamEventUnannotatedValue,
                        "Annotate Usage with @StreamValue", event("Usage usage();"), "Usage usage();",
                        source("Usage", "public interface Usage { int tokens(); }")),
                of("a plain enum", ErrorTag.StreamEventClosedEnum, "Declare it as OpenEnum<Status>",
                        event("Status status();"), "Status status();",
                        source("Status", "public enum Status { DONE }")),
                of("an unresolvable type", ErrorTag.StreamEventUnresolvedType, "cannot be resolved",
                        event("Missing thing();"), "Missing thing();"),
                // Nullability that cannot hold.
                of("@Nullable on a primitive", ErrorTag.StreamEventNullablePrimitive, "Use Integer",
                        event("@Nullable int count();"), "@Nullable int count();", NULLABLE),
                of("@Nullable on an Optional", ErrorTag.StreamEventNullableOptional, "Remove @Nullable",
                        event("@Nullable Optional<String> label();"), "Optional<String> label();", NULLABLE),
                of("@DefaultValue and @Nullable", ErrorTag.StreamEventConflictingPropertyAnnotations,
                        "Keep only one", event("@DefaultValue @Nullable default String role() { return null; }"),
                        "default String role()", NULLABLE),
                // Wire names.
                of("a blank @JsonName", ErrorTag.StreamEventBlankJsonName, "Give the exact JSON member name",
                        event("@JsonName(\" \") String name();"), "@JsonName(\" \")"),
                of("two properties with one JSON name", ErrorTag.StreamEventDuplicateJsonName,
                        "Give one of them another name", event("String itemId();", "@JsonName(\"item_id\")",
                                "String id();"), "String id();"),
                of("two accessors that snake_case alike", ErrorTag.StreamEventDuplicateJsonName,
                        "both map to the JSON member \"item_id\"", event("String itemId();", "String item_id();"),
                        "String item_id();"),
                of("a property named type of another type", ErrorTag.StreamEventTypeAccessor,
                        "must be declared as the abstract String type()", event("int type();"), "int type();"),
                of("a property renamed to type", ErrorTag.StreamEventTypeClash, "reserves for its @StreamEvent type",
                        event("@JsonName(\"type\") String kind();"), "String kind();"),
                // Unknown fields.
                of("@UnknownFields of the wrong type", ErrorTag.StreamEventUnknownFieldsType,
                        "must return Map<String, JsonValue>", event("@UnknownFields Map<String, String> rest();"),
                        "Map<String, String> rest();"),
                of("two @UnknownFields", ErrorTag.StreamEventDuplicateUnknownFields, "Remove one of them",
                        event("@UnknownFields Map<String, JsonValue> rest();",
                                "@UnknownFields Map<String, JsonValue> more();"), "more();"),
                of("@UnknownFields with @JsonName", ErrorTag.StreamEventConflictingPropertyAnnotations,
                        "contradict each other", event("@UnknownFields @JsonName(\"x\") Map<String, JsonValue> r();"),
                        "Map<String, JsonValue> r();"),
                // Inheritance conflicts.
                of("one accessor with two return types", ErrorTag.StreamEventInheritedConflict,
                        "with different return types", source("Foo", "@StreamEvent(type = \"x\")",
                                "public interface Foo extends A, B {}"), "public interface Foo",
                        source("A", "public interface A { String id(); }"),
                        source("B", "public interface B { int id(); }")),
                of("one accessor with two JSON names", ErrorTag.StreamEventInheritedConflict,
                        "with different @JsonName values", source("Foo", "@StreamEvent(type = \"x\")",
                                "public interface Foo extends A, B {}"), "public interface Foo",
                        source("A", "public interface A { @JsonName(\"a\") String id(); }"),
                        source("B", "public interface B { @JsonName(\"b\") String id(); }")),
                of("an inherited accessor of an unsupported type", ErrorTag.StreamEventUnsupportedType,
                        "id() (inherited from A)", source("Foo", "@StreamEvent(type = \"x\")",
                                "public interface Foo extends A {}"), "public interface Foo",
                        source("A", "public interface A { Object id(); }")),
                // A generated name that is taken.
                of("a class already named like the codec", ErrorTag.StreamEventFileClash, "Rename the class",
                        event("String id();"), "public interface Foo", source("FooCodec", "class FooCodec {}")),
                tooManyDefaults(),
                // Families.
                of("a family on a class", ErrorTag.StreamEventNotInterface, "that its member events extend",
                        source("Foo", "@StreamFamily", "public class Foo {}"), "@StreamFamily"),
                of("a family that is also an event", ErrorTag.StreamEventConflictingAnnotations,
                        "Remove @StreamEvent or @StreamValue", source("Foo", "@StreamFamily",
                                "@StreamEvent(type = \"x\")", "public interface Foo {}"), "@StreamFamily"),
                of("a blank discriminator", ErrorTag.StreamEventBlankDiscriminator, "leave it out for \"type\"",
                        source("Foo", "@StreamFamily(discriminator = \" \")", "public interface Foo {}"),
                        "discriminator = \" \"", source("A", "@StreamEvent(type = \"a\")",
                                "public interface A extends Foo {}")),
                of("a family base with another abstract method", ErrorTag.StreamEventFamilyAbstractMethod,
                        "Move sequenceNumber() to the member events", source("Foo", "@StreamFamily",
                                "public interface Foo { String type(); int sequenceNumber(); }"),
                        "int sequenceNumber();", source("A", "@StreamEvent(type = \"a\")",
                                "public interface A extends Foo {}")),
                of("a family with no members", ErrorTag.StreamEventEmptyFamily, "Declare @StreamEvent interfaces",
                        source("Foo", "@StreamFamily", "public interface Foo { String type(); }"), "@StreamFamily"),
                of("two members with one type value", ErrorTag.StreamEventDuplicateTypeValue,
                        "Give each its own type value", source("B", "@StreamEvent(type = \"same\")",
                                "public interface B extends Foo {}"), "type = \"same\"",
                        source("Foo", "@StreamFamily", "public interface Foo {}"),
                        source("A", "@StreamEvent(type = \"same\")", "public interface A extends Foo {}")),
                of("a listed member outside the family", ErrorTag.StreamEventNotFamilyMember,
                        "must be a @StreamEvent interface that extends Foo",
                        source("Foo", "@StreamFamily(members = {Stray.class})", "public interface Foo {}"),
                        "members = {Stray.class}", source("Stray", "@StreamEvent(type = \"s\")",
                                "public interface Stray {}")),
                of("a sealed family without its generated members", ErrorTag.StreamEventSealedFamilyPermits,
                        "add UnknownFoo, InvalidFoo to the permits clause",
                        source("Foo", "@StreamFamily", "public sealed interface Foo permits A {}"), "@StreamFamily",
                        source("A", "@StreamEvent(type = \"a\")", "public non-sealed interface A extends Foo {}")),
                of("an event in families with different discriminators",
                        ErrorTag.StreamEventConflictingDiscriminators, "make the families' discriminators agree",
                        source("Foo", "@StreamEvent(type = \"x\")", "public interface Foo extends K, T {}"),
                        "@StreamEvent", source("K", "@StreamFamily(discriminator = \"kind\")",
                                "public interface K {}"), source("T", "@StreamFamily", "public interface T {}")));
    }

    private static MisuseCase tooManyDefaults() {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 33; i++) {
            members.add("@DefaultValue default int d" + i + "() { return " + i + "; }");
        }
        return of("33 defaulted properties", ErrorTag.StreamEventTooManyDefaults, "Make some of them Optional",
                event(members.toArray(String[]::new)), "public interface Foo");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheMistakeAtItsLineWithAdvice(MisuseCase misuse) {
        List<JavaFileObject> sources = new ArrayList<>(misuse.others());
        sources.add(misuse.file());
        Compilation compilation = TestCompiler.compile(sources.toArray(JavaFileObject[]::new));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(misuse.tag().bracketed() + " ")
                .inFile(misuse.file()).onLineContaining(misuse.line());
        assertThat(compilation).hadErrorContaining(misuse.advice())
                .inFile(misuse.file()).onLineContaining(misuse.line());
        List<String> generated = TestCompiler.generatedSources(sources);
        assertTrue(generated.stream().noneMatch(path -> path.contains(misuse.erroneous())),
                "nothing is generated for a type with an error: " + generated);
    }

    @Test
    void reportsEveryErrorOfATypeNotJustTheFirst() {
        Compilation compilation = TestCompiler.compile(event("void a();", "char b();", "String c(int i);"));
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void aBrokenTypeDoesNotStopTheOthers() {
        List<JavaFileObject> sources = List.of(event("void broken();"),
                source("Good", "@StreamValue", "public interface Good { String id(); }"));
        assertThat(TestCompiler.compile(sources.toArray(JavaFileObject[]::new))).hadErrorCount(1);
        assertEquals(List.of("test/GoodBuilder.java", "test/GoodCodec.java", "test/GoodImpl.java"),
                TestCompiler.generatedSources(sources));
    }

    @Test
    void theCaseListCoversAtLeastTwentyFiveMistakes() {
        assertTrue(cases().count() >= 25);
    }
}
