package dev.streamevent.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.streamevent.runtime.ReflectionScan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our side of the bridge makes no reflective call: Jackson reflects on the user's beans as it always does, but the
 * generated types go through their codecs. (The scan's own positive control is in the runtime's tests.)
 */
class JacksonBridgeIsReflectionFreeTest {

    @Test
    void bridgeClassesMakeNoReflectiveCalls() {
        Path classes = Path.of("target/classes");
        assertTrue(Files.isDirectory(classes.resolve("dev/streamevent/jackson")), "compiled bridge classes not found");
        assertEquals(List.of(), ReflectionScan.violations(classes));
    }
}
