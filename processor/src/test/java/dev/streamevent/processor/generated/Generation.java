package dev.streamevent.processor.generated;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.streamevent.processor.TestCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;

/** Compiles the golden sources and returns what the processor generated, by file name. */
final class Generation {

    private Generation() {
    }

    static Compilation representative() {
        return TestCompiler.compile(JavaFileObjects.forResource("golden-files/Representative.java"));
    }

    static Compilation snapshot() {
        return TestCompiler.compile(JavaFileObjects.forResource("golden-files/Snapshot.java"));
    }

    static Compilation family() {
        return TestCompiler.compile(JavaFileObjects.forResource("golden-files/Family.java"));
    }

    static Map<String, String> sources(Compilation compilation) {
        Map<String, String> sources = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            try {
                sources.put(file.getName(), file.getCharContent(false).toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }
}
