package dev.streamevent.example.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.streamevent.runtime.JsonValue;
import dev.streamevent.runtime.SharedData;
import dev.streamevent.runtime.sse.PayloadSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as a person uses it: the demo, and replay with each of its options, on the real transcripts. */
class ReplayCommandTest {

    @TempDir
    Path temp;

    @Test
    void theDemoShowsTheSeedReasoningToolCallsAnImageAndText() {
        CliRun run = CliRun.of();
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("ImageGenCallCompleted{type=response.image_generation_call.completed, "
                + "itemId=item-abc123, outputIndex=0, sequenceNumber=4}"), run::toString);
        assertTrue(run.out().contains("reasoning summary: **Calculating step-by-step"), run::toString);
        assertTrue(run.out().contains("tool call calculator({\"a\":12,\"b\":7,\"op\":\"add\"})"), run::toString);
        assertTrue(run.out().contains("image partial frame 0"), run::toString);
        assertTrue(run.out().contains("text: The final result is **570**."), run::toString);
        assertTrue(run.out().lines().anyMatch(line -> line.matches("total +151")), run::toString);
    }

    @Test
    void checkPassesOnEveryRealTranscript() throws IOException {
        List<String> files = transcripts();
        List<String> args = new ArrayList<>(List.of("replay", "--check"));
        args.addAll(files);
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("OK: 1141 events in 12 files, 0 unknown, 0 invalid, 0 failed checks"),
                run::toString);
    }

    @Test
    void jsonOutputEqualsTheInputEventsAsJsonValues() throws IOException {
        for (String file : transcripts()) {
            CliRun run = CliRun.of("replay", "--json", file);
            assertEquals(0, run.exitCode(), run::toString);
            List<String> lines = run.out().lines().toList();
            List<byte[]> inputs = payloads(Path.of(file));
            assertEquals(inputs.size(), lines.size(), file);
            for (int i = 0; i < lines.size(); i++) {
                assertEquals(JsonValue.parse(inputs.get(i)), JsonValue.parse(lines.get(i)), file + " event #" + (i + 1));
            }
        }
    }

    @Test
    void checkFailsNamingAnUnknownOrInvalidEvent() throws IOException {
        Path file = temp.resolve("odd.jsonl");
        Files.writeString(file, "{\"type\":\"response.output_text.delta\",\"item_id\":\"i\",\"output_index\":0,"
                + "\"content_index\":0,\"delta\":\"hi\"}\n"
                + "{\"type\":\"response.mystery\",\"x\":1}\n"
                + "{\"type\":\"response.output_text.delta\",\"item_id\":\"i\"}\n");
        CliRun run = CliRun.of("replay", "--check", file.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("event #2 (response.mystery): unknown event type"), run::toString);
        assertTrue(run.out().contains("event #3 (response.output_text.delta): invalid event"), run::toString);
        assertTrue(run.out().contains("FAILED: 3 events in 1 files, 1 unknown, 1 invalid, 2 failed checks"),
                run::toString);
    }

    @Test
    void statsPrintsOnlyTheTable() throws IOException {
        String file = transcript("pydantic_pydantic-ai__openai-function-call-stream.sse");
        CliRun run = CliRun.of("replay", "--stats", file);
        assertEquals(0, run.exitCode(), run::toString);
        assertFalse(run.out().contains("tool call"), run::toString);
        assertTrue(run.out().lines().anyMatch(line -> line.matches("response\\.function_call_arguments\\.delta +5")),
                run::toString);
    }

    @Test
    void imagesAreWrittenWithTheExtensionOfTheirBytes() throws IOException {
        String file = transcript("vercel_ai__azure-image-generation-tool.jsonl");
        Path images = temp.resolve("images");
        CliRun run = CliRun.of("replay", "--stats", "--images", images.toString(), file);
        assertEquals(0, run.exitCode(), run::toString);
        List<String> written;
        try (Stream<Path> listing = Files.list(images)) {
            written = listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("ig_0ca0ba552749d18c0069414e512d78819791ec2c3fe1d486b8-partial-0.png",
                "ig_0ca0ba552749d18c0069414e512d78819791ec2c3fe1d486b8.png"), written);
        byte[] png = Files.readAllBytes(images.resolve(written.get(1)));
        assertEquals((byte) 0x89, png[0]);
        assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
    }

    @Test
    void aMissingFileIsOneClearLineAndExitCodeTwo() {
        CliRun run = CliRun.of("replay", temp.resolve("nope.sse").toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals(1, run.err().strip().lines().count(), run::toString);
        assertTrue(run.err().contains("nope.sse") && run.err().contains("no such file"), run::toString);
    }

    @Test
    void badUsageIsExitCodeTwoWithUsage() {
        CliRun run = CliRun.of("replay", "--no-such-option", "x");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("Unknown option"), run::toString);
        assertTrue(run.err().contains("Usage: streamevent-example replay"), run::toString);
    }

    @Test
    void helpWorksOnEveryCommand() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"replay", "--help"},
                new String[] {"stream", "--help"})) {
            CliRun run = CliRun.of(args);
            assertEquals(0, run.exitCode(), run::toString);
            assertTrue(run.out().contains("Usage: streamevent-example"), run::toString);
            assertTrue(run.out().contains("Exit codes:"), run::toString);
        }
    }

    private static List<String> transcripts() throws IOException {
        return SharedTranscripts.files().stream().map(Path::toString).toList();
    }

    private static String transcript(String name) {
        return SharedData.require("data/transcripts").resolve(name).toString();
    }

    private static List<byte[]> payloads(Path file) throws IOException {
        List<byte[]> payloads = new ArrayList<>();
        try (PayloadSource source = EventFiles.open(file)) {
            for (byte[] payload; (payload = source.nextPayload()) != null; ) {
                payloads.add(payload);
            }
        }
        return payloads;
    }
}
