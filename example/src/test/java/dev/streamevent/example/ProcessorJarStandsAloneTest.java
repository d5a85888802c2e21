package dev.streamevent.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's plain javac: the processor jar alone on {@code -processorpath}, and only the annotations and runtime on the
 * classpath. The jar must bring everything it needs (JavaPoet is shaded in) and load none of the user's classes.
 */
class ProcessorJarStandsAloneTest {

    @TempDir
    Path temp;

    @Test
    void theProcessorJarAloneGeneratesTheCodec() throws IOException {
        Path source = temp.resolve("src/com/acme/events/ImageGenCallCompleted.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package com.acme.events;\n"
                + "import dev.streamevent.StreamEvent;\n"
                + "@StreamEvent(type = \"response.image_generation_call.completed\")\n"
                + "public interface ImageGenCallCompleted {\n"
                + "    String itemId();\n    int outputIndex();\n    int sequenceNumber();\n}\n");
        Path out = Files.createDirectories(temp.resolve("out"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        List<String> args = List.of("-d", out.toString(), "--release", "17",
                "-processorpath", processorJar().toString(),
                "-classpath", Paths.get("../annotations/target/classes") + java.io.File.pathSeparator
                        + Paths.get("../runtime/target/classes"),
                source.toString());
        int exit = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        assertEquals(0, exit, () -> "javac failed: " + diagnostics.toString(StandardCharsets.UTF_8));
        assertTrue(Files.exists(out.resolve("com/acme/events/ImageGenCallCompletedCodec.class")));
        assertTrue(Files.exists(out.resolve("com/acme/events/ImageGenCallCompletedBuilder.class")));
    }

    private static Path processorJar() throws IOException {
        try (Stream<Path> jars = Files.list(Paths.get("../processor/target"))) {
            return jars.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith("streamevent-processor-") && name.endsWith(".jar")
                        && !name.contains("sources") && !name.contains("javadoc") && !name.startsWith("original-");
            }).findFirst().orElseThrow(() -> new AssertionError("the processor jar has not been built"));
        }
    }
}
