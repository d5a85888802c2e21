package dev.streamevent.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Compiles test sources with the real processor, at the Java 17 language level that generated code must meet. */
public final class TestCompiler {
    /** What every test source may use without importing it. */
    private static final List<String> IMPORTS = List.of(
            "import dev.streamevent.*;",
            "import dev.streamevent.runtime.JsonValue;",
            "import dev.streamevent.runtime.OpenEnum;",
            "import java.math.*;",
            "import java.util.*;");

    private TestCompiler() {
    }

    public static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac()
                .withProcessors(new StreamEventProcessor())
                .withOptions("--release", "17", "-Xlint:all,-processing,-options", "-Werror")
                .compile(sources);
    }

    /**
     * The sources the processor generates, as sorted relative paths. Unlike compile-testing's view, this works when
     * the compilation fails too, because javac writes generated sources to disk as it goes.
     */
    public static List<String> generatedSources(List<JavaFileObject> sources) {
        try {
            Path output = Files.createTempDirectory("streamevent-generated");
            try {
                return compileInto(output, sources);
            } finally {
                deleteTree(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the processor alone over {@code sources}, writing to {@code output}; returns what it generated. */
    private static List<String> compileInto(Path output, List<JavaFileObject> sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(output));
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output));
            JavaCompiler.CompilationTask task = javac.getTask(
                    null, files, diagnostic -> { }, List.of("--release", "17", "-proc:only"), null, sources);
            task.setProcessors(List.of(new StreamEventProcessor()));
            task.call();
        }
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(path -> path.toString().endsWith(".java"))
                    .map(path -> output.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    /** Deletes a directory and everything in it, so that each build's tests do not leave a tree per call behind. */
    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            // Children sort after their parents; deleting in reverse empties each directory before it.
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** A source file {@code test.<simpleName>} with the common imports, then the given lines. */
    public static JavaFileObject source(String simpleName, String... lines) {
        List<String> all = new ArrayList<>();
        all.add("package test;");
        all.addAll(IMPORTS);
        all.addAll(List.of(lines));
        return JavaFileObjects.forSourceLines("test." + simpleName, all);
    }

    /** {@code test.Foo}, an event with the given members. */
    public static JavaFileObject event(String... members) {
        List<String> lines = new ArrayList<>();
        lines.add("@StreamEvent(type = \"test.foo\")");
        lines.add("public interface Foo {");
        lines.addAll(List.of(members));
        lines.add("}");
        return source("Foo", lines.toArray(String[]::new));
    }
}
