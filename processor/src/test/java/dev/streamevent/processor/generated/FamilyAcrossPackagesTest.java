package dev.streamevent.processor.generated;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.streamevent.processor.TestCompiler;
import org.junit.jupiter.api.Test;

/** Members found by scanning may live in other packages of the same compilation. */
class FamilyAcrossPackagesTest {

    @Test
    void membersInOtherPackagesJoinTheFamily() {
        Compilation compilation = TestCompiler.compile(
                JavaFileObjects.forSourceLines("base.Event", "package base;",
                        "@dev.streamevent.StreamFamily", "public interface Event { String type(); }"),
                JavaFileObjects.forSourceLines("one.Ping", "package one;",
                        "@dev.streamevent.StreamEvent(type = \"ping\")",
                        "public interface Ping extends base.Event { long at(); }"),
                JavaFileObjects.forSourceLines("two.Pong", "package two;",
                        "@dev.streamevent.StreamEvent(type = \"pong\")",
                        "public interface Pong extends base.Event { long at(); }"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("base.EventCodec").contentsAsUtf8String()
                .containsMatch("JsonNames.of\\(\"ping\", \"pong\"\\),\\s+List.of\\(PingCodec.INSTANCE,\\s+"
                        + "PongCodec.INSTANCE\\)");
        assertThat(compilation).generatedSourceFile("base.EventCodec").contentsAsUtf8String()
                .contains("import one.PingCodec;");
    }
}
