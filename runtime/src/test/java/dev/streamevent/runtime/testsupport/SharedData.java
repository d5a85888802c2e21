package dev.streamevent.runtime.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the project's {@code shared/} folder: the {@code streamevent.shared} system property, else a folder named
 * {@code shared} beside the working directory or one of its parents (in CI the clone sits beside it). Tests that need
 * it are skipped with a message when it is missing, as in a user's clone.
 */
public final class SharedData {

    private static final String PROPERTY = "streamevent.shared";
    private static final String MARKER = "data/sse-vectors.json";

    private SharedData() {
    }

    /** Returns the shared folder, or skips the calling test when there is none. */
    public static Path root() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null) {
            Path root = Paths.get(configured);
            assertTrue(Files.isRegularFile(root.resolve(MARKER)),
                    "-D" + PROPERTY + "=" + configured + " does not hold " + MARKER);
            return root;
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isRegularFile(candidate.resolve(MARKER))) {
                return candidate;
            }
        }
        Assumptions.abort("shared/ with " + MARKER + " was not found beside the project (or -D" + PROPERTY
                + "); skipping the shared-data test");
        throw new AssertionError("unreachable");
    }

    /** Returns the recorded transcripts, sorted by name, failing if the folder holds none. */
    public static List<Path> transcripts() {
        Path folder = root().resolve("data/transcripts");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> transcripts = files
                    .filter(file -> file.toString().endsWith(".sse") || file.toString().endsWith(".jsonl"))
                    .sorted()
                    .collect(Collectors.toList());
            assertTrue(!transcripts.isEmpty(), "no transcripts in " + folder);
            return transcripts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isSse(Path transcript) {
        return transcript.getFileName().toString().endsWith(".sse");
    }
}
