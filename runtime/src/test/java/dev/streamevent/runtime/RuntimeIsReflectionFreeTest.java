package dev.streamevent.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Proves on the bytecode that the runtime uses no reflection, method-handle lookups or Unsafe. */
class RuntimeIsReflectionFreeTest {

    @Test
    void runtimeClassesMakeNoReflectiveCalls() {
        Path classes = Paths.get("target/classes");
        assertTrue(Files.isDirectory(classes.resolve("dev/streamevent/runtime")), "compiled runtime classes not found");
        assertEquals(List.of(), ReflectionScan.violations(classes));
    }

    @Test
    void theScanCatchesReflection() throws Exception {
        // The scan must be able to fail: this very test class calls Class.forName below.
        byte[] self = Files.readAllBytes(Paths.get("target/test-classes/dev/streamevent/runtime/"
                + "RuntimeIsReflectionFreeTest$Reflective.class"));
        List<String> found = ReflectionScan.violations(self);
        assertFalse(found.isEmpty(), "the scan missed Class.forName and java.lang.reflect.Method");
        assertTrue(found.stream().anyMatch(line -> line.contains("Class.forName")), found::toString);
        assertTrue(found.stream().anyMatch(line -> line.contains("java.lang.reflect.Method")), found::toString);
    }

    /** Deliberately reflective, as the scan's positive control. */
    static final class Reflective {
        static Object load(String name) throws Exception {
            java.lang.reflect.Method method = Class.forName(name).getMethod("toString");
            return method;
        }
    }
}
