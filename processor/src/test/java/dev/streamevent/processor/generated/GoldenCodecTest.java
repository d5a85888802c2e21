package dev.streamevent.processor.generated;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Pins the codec generated for a representative event (every property shape) to a reviewed file, so that any change
 * of the generated code is a deliberate one. Behaviour is tested elsewhere; this guards readability and shape.
 */
class GoldenCodecTest {
    private static final String CODEC = "golden-files/RepresentativeCodec.java";

    @Test
    void representativeCodecMatchesTheGoldenFile() throws IOException {
        Compilation compilation = Generation.representative();
        assertThat(compilation).succeededWithoutWarnings();
        // To accept a deliberate change, review this file and copy it over src/test/resources/golden-files/.
        Path actual = Path.of("target", "golden-actual", "RepresentativeCodec.java");
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, Generation.sources(compilation).get("/SOURCE_OUTPUT/golden/RepresentativeCodec.java"),
                StandardCharsets.UTF_8);
        assertThat(compilation).generatedSourceFile("golden.RepresentativeCodec")
                .hasSourceEquivalentTo(JavaFileObjects.forResource(CODEC));
    }
}
