package dev.streamevent.jpms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Compiles the user module with {@code javac} and runs it with {@code java -m}, as a user's build would: both on the
 * module path, against the packaged jars, with the JDK that runs the tests, each in its own process with a time limit.
 *
 * <p>The javac command line, not {@code javax.tools} in this JVM: through {@code JavaCompiler.getTask}, javac 25 runs
 * no processor from {@code --processor-module-path} unless {@code -proc:full} is also given, while the command line
 * does. We test what users run.
 */
final class UserModuleBuild {
    private static final long TIMEOUT_SECONDS = 90;

    private UserModuleBuild() {
    }

    /**
     * Compiles the user module into {@code classes}.
     *
     * @param processorOption {@code --processor-module-path} or {@code --processor-path}
     */
    static void compile(Path classes, String processorOption) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tool("javac"),
                "--release", "17",
                // Every warning fails the test, except that no processor claims the annotations: ours never does.
                "-Xlint:all,-processing", "-Werror",
                "-d", classes.toString(),
                "--module-path", path(PackagedJars.annotations(), PackagedJars.runtime()),
                // The processor needs the annotations module (it reads the Naming enum); Maven's
                // annotationProcessorPaths resolves it the same way, as the processor's dependency.
                processorOption, path(PackagedJars.processor(), PackagedJars.annotations())));
        try (Stream<Path> files = Files.walk(PackagedJars.userModuleSources())) {
            files.filter(file -> file.toString().endsWith(".java")).map(Path::toString).sorted().forEach(command::add);
        }
        run(command, classes.resolveSibling("javac.log"));
        assertTrue(Files.isRegularFile(classes.resolve("demo/PingCodec.class")), "the processor generated no PingCodec");
        assertTrue(Files.isRegularFile(classes.resolve("demo/EventCodec.class")), "the processor generated no EventCodec");
    }

    /** Runs {@code demo.Main} of module {@code user} and returns its output. */
    static String run(Path classes) throws IOException, InterruptedException {
        return run(List.of(tool("java"),
                "--module-path", path(classes, PackagedJars.annotations(), PackagedJars.runtime()),
                "-m", "user/demo.Main"), classes.resolveSibling("java.log"));
    }

    private static String run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + " failed:\n" + output);
        return output;
    }

    private static String tool(String name) {
        Path tool = Path.of(System.getProperty("java.home"), "bin", name);
        assertTrue(Files.isExecutable(tool), tool + " not found: the tests need a JDK, not a JRE");
        return tool.toString();
    }

    private static String path(Path... entries) {
        return String.join(File.pathSeparator, Stream.of(entries).map(Path::toString).toList());
    }
}
