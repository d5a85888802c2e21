package dev.streamevent.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The test compiler cleans up after itself: a build's tests must not fill the temporary directory. */
class TestCompilerTest {

    @Test
    void generatedSourcesLeavesNoTemporaryDirectory() throws IOException {
        Set<Path> before = temporaryOutputs();
        List<String> generated = TestCompiler.generatedSources(
                List.of(TestCompiler.event("String id();")));
        assertEquals(List.of("test/FooBuilder.java", "test/FooCodec.java", "test/FooImpl.java"), generated);
        assertEquals(before, temporaryOutputs());
    }

    private static Set<Path> temporaryOutputs() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(path -> path.getFileName().toString().startsWith("streamevent-generated"))
                    .collect(Collectors.toSet());
        }
    }
}
