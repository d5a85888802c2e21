package dev.streamevent.benchmarks.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.streamevent.runtime.SharedData;

/**
 * The corpus is a byte-exact copy of transcript lines (less the SSE {@code data: } prefix), as
 * {@code corpus/SOURCES.md} says. Skips with a message where {@code ../shared} is missing.
 */
class CorpusMatchesTranscriptsTest {

    private static final String TRANSCRIPTS = "data/transcripts/";

    @Test
    void smallIsLine9OfTheImageGenerationStream() throws IOException {
        assertCopied(Suite.SMALL, "vercel_ai__openai-image-generation-tool.jsonl", "", List.of(9));
    }

    @Test
    void mixIsEveryEventOfTheFunctionCallStreamInOrder() throws IOException {
        assertCopied(Suite.MIX, "pydantic_pydantic-ai__openai-function-call-stream.sse", "data: ",
                List.of(2, 5, 8, 11, 14, 17, 20, 23, 26, 29, 32));
    }

    @Test
    void largeIsTheResponseCompletedOfTheReasoningSummaryStream() throws IOException {
        assertCopied(Suite.LARGE, "pydantic_pydantic-ai__openai-reasoning-summary-stream.sse", "data: ",
                List.of(2027));
    }

    private static void assertCopied(Suite suite, String transcript, String prefix, List<Integer> lineNumbers)
            throws IOException {
        List<byte[]> lines = lines(Files.readAllBytes(SharedData.require(TRANSCRIPTS + transcript)));
        List<byte[]> events = suite.events();
        assertEquals(lineNumbers.size(), events.size(), suite + " event count");
        byte[] prefixBytes = prefix.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < events.size(); i++) {
            byte[] line = lines.get(lineNumbers.get(i) - 1);
            assertArrayEquals(prefixBytes, Arrays.copyOf(line, prefixBytes.length), transcript + " prefix");
            assertArrayEquals(Arrays.copyOfRange(line, prefixBytes.length, line.length), events.get(i),
                    suite + " event " + i + " against " + transcript + " line " + lineNumbers.get(i));
        }
    }

    private static List<byte[]> lines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
        return lines;
    }
}
