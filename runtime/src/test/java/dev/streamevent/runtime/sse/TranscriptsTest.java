package dev.streamevent.runtime.sse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.streamevent.runtime.testsupport.SharedData;
import dev.streamevent.runtime.testsupport.Transcripts;
import dev.streamevent.runtime.testsupport.TypeOrInvalidDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The shared recordings, read straight from their files. */
@Timeout(60)
class TranscriptsTest {

    /** shared/data/transcripts/README.md: twelve streams, 1,141 events. */
    private static final int RECORDED_EVENTS = 1141;

    private static final String WRAPPED_PREFIX = "{\"json\":";
    private static final String WRAPPED_DONE = "{\"text\":\"[DONE]\"}";

    @Test
    void everyTranscriptYieldsItsRecordedEventsAsValidJson() throws IOException {
        int total = 0;
        StringBuilder counts = new StringBuilder();
        for (Path transcript : SharedData.transcripts()) {
            List<String> payloads = Transcripts.asText(Transcripts.payloadsOf(transcript));
            TypeOrInvalidDecoder decoder = new TypeOrInvalidDecoder();
            for (String payload : payloads) {
                byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
                assertFalse(decoder.decode(bytes, 0, bytes.length).startsWith(TypeOrInvalidDecoder.INVALID_PREFIX),
                        transcript.getFileName() + ": not an event: " + payload);
            }
            total += payloads.size();
            counts.append(transcript.getFileName()).append('=').append(payloads.size()).append(' ');
        }
        System.out.println("Transcripts read directly: " + total + " events; " + counts);
        assertEquals(RECORDED_EVENTS, total);
    }

    /** Checks the JSON Lines reader against a plain split of the file, which shares none of its code. */
    @Test
    void jsonLinesPayloadsAreTheFilesLinesUnwrapped() throws IOException {
        for (Path transcript : SharedData.transcripts()) {
            if (SharedData.isSse(transcript)) {
                continue;
            }
            List<String> expected = Files.readAllLines(transcript, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.equals(WRAPPED_DONE))
                    .map(line -> line.startsWith(WRAPPED_PREFIX)
                            ? line.substring(WRAPPED_PREFIX.length(), line.length() - 1)
                            : line)
                    .collect(Collectors.toList());
            assertEquals(expected, Transcripts.asText(Transcripts.payloadsOf(transcript)),
                    transcript.getFileName().toString());
        }
    }

    @Test
    void oneByteReadsGiveTheSamePayloadsAsWholeReads() throws IOException {
        for (Path transcript : SharedData.transcripts()) {
            List<byte[]> whole = Transcripts.payloadsOf(transcript);
            List<byte[]> trickled = Transcripts.payloadsOf(transcript,
                    new SseVectorsTest.OneByteReads(Files.readAllBytes(transcript)));
            assertEquals(whole.size(), trickled.size(), transcript.getFileName().toString());
            for (int i = 0; i < whole.size(); i++) {
                assertArrayEquals(whole.get(i), trickled.get(i), transcript.getFileName() + " #" + i);
            }
        }
    }
}
