package dev.streamevent.jpms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The packaged jars of the build, handed over by Maven as system properties (see jpms-test/pom.xml). */
final class PackagedJars {
    private PackagedJars() {
    }

    static Path annotations() {
        return jar("streamevent.annotations.jar");
    }

    static Path runtime() {
        return jar("streamevent.runtime.jar");
    }

    static Path processor() {
        return jar("streamevent.processor.jar");
    }

    /** The sources of the user module that the tests compile. */
    static Path userModuleSources() {
        Path sources = Path.of(property("streamevent.user.module"));
        assertTrue(Files.isRegularFile(sources.resolve("module-info.java")), "no user module at " + sources);
        return sources;
    }

    private static Path jar(String name) {
        Path jar = Path.of(property(name));
        // A directory (target/classes) would mean the test ran before packaging, without the shaded processor jar.
        assertTrue(Files.isRegularFile(jar) && jar.toString().endsWith(".jar"),
                name + " must be a packaged jar, but is " + jar + "; run mvn verify, not mvn test");
        return jar;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null && !value.isBlank() && !value.startsWith("${"),
                "system property " + name + " is not set by the build: " + value);
        return value;
    }
}
