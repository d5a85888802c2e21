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
 * Pins the generated event codec (for a representative event with every property shape), the codec of the value nested
 * in it, the codec and implementation of a type large enough to be filled in place, and the generated family dispatcher
 * to reviewed files, so that any change of the generated code is a deliberate one. Behaviour is tested elsewhere; this
 * guards readability and shape. The sources must also compile without a single lint warning.
 */
class GoldenCodecTest {

    @Test
    void representativeCodecMatchesTheGoldenFile() throws IOException {
        assertMatchesGolden(Generation.representative(), "RepresentativeCodec");
    }

    /** A nested value's reader reads every member name at one call site, unlike an event's, which guesses by words. */
    @Test
    void nestedValueCodecMatchesTheGoldenFile() throws IOException {
        assertMatchesGolden(Generation.representative(), "Representative_UsageCodec");
    }

    /** A type with many properties: its codec fills a new implementation in place, whose fields are not final. */
    @Test
    void inPlaceCodecAndImplementationMatchTheGoldenFiles() throws IOException {
        Compilation compilation = Generation.snapshot();
        assertMatchesGolden(compilation, "SnapshotCodec");
        assertMatchesGolden(compilation, "SnapshotImpl");
    }

    @Test
    void familyCodecMatchesTheGoldenFile() throws IOException {
        assertMatchesGolden(Generation.family(), "FamilyCodec");
    }

    private static void assertMatchesGolden(Compilation compilation, String simpleName) throws IOException {
        assertThat(compilation).succeededWithoutWarnings();
        // To accept a deliberate change, review this file and copy it over src/test/resources/golden-files/.
        Path actual = Path.of("target", "golden-actual", simpleName + ".java");
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, Generation.sources(compilation).get("/SOURCE_OUTPUT/golden/" + simpleName + ".java"),
                StandardCharsets.UTF_8);
        assertThat(compilation).generatedSourceFile("golden." + simpleName)
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden-files/" + simpleName + ".java"));
    }
}
