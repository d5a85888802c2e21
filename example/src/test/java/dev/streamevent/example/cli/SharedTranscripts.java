package dev.streamevent.example.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.streamevent.runtime.SharedData;

/** The shared recorded streams, for the tests that read every one; where they are missing, such a test skips. */
final class SharedTranscripts {
    private SharedTranscripts() {
    }

    /** The recordings that shared/data/transcripts/README.md lists. */
    private static final int COUNT = 12;

    /** {@return the recordings ({@code .sse} and {@code .jsonl} files), sorted by name; fails unless all are there} */
    static List<Path> files() throws IOException {
        Path dir = SharedData.require("data/transcripts");
        try (Stream<Path> listing = Files.list(dir)) {
            List<Path> files = listing.filter(p -> p.toString().endsWith(".sse") || p.toString().endsWith(".jsonl"))
                    .sorted().toList();
            assertEquals(COUNT, files.size(), "the shared transcripts");
            return files;
        }
    }
}
