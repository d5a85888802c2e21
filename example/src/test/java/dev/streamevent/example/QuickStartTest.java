package dev.streamevent.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Keeps the README's Quick start and CI in step: CI must run the very test command the README gives. */
class QuickStartTest {

    private static final Path ROOT = Paths.get("..");

    @Test
    void ciRunsTheReadmeTestCommand() throws IOException {
        List<String> commands = quickStartCommands();
        assertEquals(2, commands.size(), "the Quick start must have exactly two commands: " + commands);
        String testCommand = commands.get(1);
        String ci = Files.readString(ROOT.resolve(".ci/run"));
        assertTrue(ci.lines().map(String::strip).anyMatch(testCommand::equals),
                ".ci/run must run the README's test command '" + testCommand + "' verbatim");
    }

    @Test
    void theFirstCommandRunsTheExampleJar() throws IOException {
        assertTrue(quickStartCommands().get(0).contains("java -jar example/target/streamevent-example.jar"));
    }

    private static List<String> quickStartCommands() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher section = Pattern.compile("## Quick start\\s+```sh\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(section.find(), "README.md must open with a '## Quick start' section holding a ```sh block");
        return section.group(1).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
