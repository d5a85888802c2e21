package dev.streamevent.jpms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user module with its own {@code module-info} ({@code requires dev.streamevent.runtime;}), compiled with the
 * processor and run on the module path, decodes a known and an unknown event of its family.
 */
@Timeout(180)
class UserModuleTest {
    private static final List<String> EXPECTED = List.of(
            "ping item-1 4",
            "unknown keepalive {\"type\":\"keepalive\"}",
            "encoded {\"type\":\"response.ping\",\"item_id\":\"item-1\",\"sequence_number\":4}",
            // Both named: the user's code and ours really ran as modules, not on the class path.
            "modules user dev.streamevent.runtime");

    @Test
    void processorOnTheProcessorModulePath(@TempDir Path work) throws Exception {
        Path classes = work.resolve("classes");
        UserModuleBuild.compile(classes, "--processor-module-path");
        assertEquals(EXPECTED, UserModuleBuild.run(classes).lines().toList());
    }

    @Test
    void processorOnTheProcessorPath(@TempDir Path work) throws Exception {
        Path classes = work.resolve("classes");
        UserModuleBuild.compile(classes, "--processor-path");
        assertEquals(EXPECTED, UserModuleBuild.run(classes).lines().toList());
    }
}
