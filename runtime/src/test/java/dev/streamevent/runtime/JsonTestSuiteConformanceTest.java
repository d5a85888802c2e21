package dev.streamevent.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs every file of JSONTestSuite's test_parsing: {@code y_} must parse, {@code n_} must fail with
 * {@link JsonException}, and {@code i_} may do either, but nothing else may escape.
 */
class JsonTestSuiteConformanceTest {

    @Test
    @Timeout(60)
    void everyFileHasTheRequiredOutcome() throws IOException {
        Path dir = SharedData.require("data/JSONTestSuite/test_parsing");
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        int yes = 0;
        int no = 0;
        int implementationParsed = 0;
        int implementationRejected = 0;
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            byte[] bytes = Files.readAllBytes(file);
            Outcome outcome = parse(bytes);
            if (outcome.other != null) {
                failures.add(name + ": escaped " + outcome.other);
            } else if (name.startsWith("y_")) {
                yes++;
                if (!outcome.parsed) {
                    failures.add(name + ": must parse, but " + outcome.error.getMessage());
                }
            } else if (name.startsWith("n_")) {
                no++;
                if (outcome.parsed) {
                    failures.add(name + ": must be rejected, but parsed");
                }
            } else if (outcome.parsed) {
                implementationParsed++;
            } else {
                implementationRejected++;
            }
        }
        System.out.printf("JSONTestSuite: %d files; y_ %d must parse, n_ %d must fail, i_ %d parsed and %d rejected;"
                + " %d failures%n", files.size(), yes, no, implementationParsed, implementationRejected, failures.size());
        assertTrue(files.size() > 300, "expected the whole suite, found " + files.size() + " files");
        assertEquals(List.of(), failures);
    }

    private static Outcome parse(byte[] bytes) {
        try {
            JsonValue value = JsonValue.parse(bytes);
            // What parses must also survive a write and a second parse unchanged.
            assertEquals(value, JsonValue.parse(value.toJsonBytes()));
            return new Outcome(true, null, null);
        } catch (JsonException e) {
            return new Outcome(false, e, null);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Outcome(false, null, e);
        }
    }

    private record Outcome(boolean parsed, JsonException error, Throwable other) {
    }
}
