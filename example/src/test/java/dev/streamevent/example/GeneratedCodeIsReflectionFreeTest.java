package dev.streamevent.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.streamevent.runtime.ReflectionScan;
import org.junit.jupiter.api.Test;

/**
 * Proves on the bytecode that every class the processor generated for the example (codecs, implementations,
 * builders, family types) uses no reflection, method-handle lookups or Unsafe.
 */
class GeneratedCodeIsReflectionFreeTest {

    private static final Path GENERATED_SOURCES = Paths.get("target/generated-sources/annotations");
    private static final Path CLASSES = Paths.get("target/classes");

    @Test
    void generatedClassesMakeNoReflectiveCalls() throws IOException {
        List<Path> classFiles = generatedClassFiles();
        assertTrue(classFiles.size() >= 3, "expected generated classes, found " + classFiles);
        List<String> violations = new ArrayList<>();
        for (Path classFile : classFiles) {
            violations.addAll(ReflectionScan.violations(classFile));
        }
        assertEquals(List.of(), violations);
    }

    /** The class files compiled from generated sources, nested classes included. */
    private static List<Path> generatedClassFiles() throws IOException {
        List<Path> classFiles = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(GENERATED_SOURCES)) {
            for (Path source : (Iterable<Path>) sources.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String relative = GENERATED_SOURCES.relativize(source).toString();
                String baseName = relative.substring(0, relative.length() - ".java".length());
                Path dir = CLASSES.resolve(baseName).getParent();
                String simpleName = Paths.get(baseName).getFileName().toString();
                try (Stream<Path> compiled = Files.list(dir)) {
                    compiled.filter(p -> {
                        String name = p.getFileName().toString();
                        return name.equals(simpleName + ".class") || name.startsWith(simpleName + "$");
                    }).forEach(classFiles::add);
                }
            }
        }
        return classFiles;
    }
}
