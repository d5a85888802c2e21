package dev.streamevent.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * Finds the project's shared data folder ({@code ../shared} beside the project root). A user's clone has none, and
 * tests that need it skip with a message; where it is present they run in full.
 */
public final class SharedData {

    private SharedData() {
    }

    /**
     * @param relative a path inside the shared folder, such as {@code data/JSONTestSuite/test_parsing}
     * @return the path, if the shared folder is there
     */
    public static Optional<Path> find(String relative) {
        String configured = System.getProperty("streamevent.shared");
        if (configured != null) {
            Path candidate = Paths.get(configured).resolve(relative);
            return Files.exists(candidate) ? Optional.of(candidate) : Optional.empty();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * @param relative a path inside the shared folder
     * @return the path; the calling test is skipped, with a message, when the shared folder is missing
     */
    public static Path require(String relative) {
        Optional<Path> path = find(relative);
        Assumptions.assumeTrue(path.isPresent(),
                "../shared/" + relative + " is missing (a clone without the project's shared data): skipped");
        return path.get();
    }
}
