package dev.streamevent.example.cli;

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

    /** {@return the recordings ({@code .sse} and {@code .jsonl} files), sorted by name} */
    static List<Path> files() throws IOException {
        Path dir = SharedData.require("data/transcripts");
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> p.toString().endsWith(".sse") || p.toString().endsWith(".jsonl")).sorted()
                    .toList();
        }
    }
}
