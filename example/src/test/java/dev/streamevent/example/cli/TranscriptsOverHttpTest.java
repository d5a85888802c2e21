package dev.streamevent.example.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.streamevent.example.responses.events.ResponseStreamEvent;
import dev.streamevent.example.responses.events.ResponseStreamEventCodec;
import dev.streamevent.runtime.http.SseHttpClient;
import dev.streamevent.runtime.sse.EventStream;
import dev.streamevent.runtime.sse.PayloadSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every shared transcript, served over local HTTP in 1-byte chunks, decodes through the HTTP client and the family
 * codec into the same events as when read from the file. JSON Lines recordings are served as SSE
 * ({@code data: <line>} and a blank line each).
 */
class TranscriptsOverHttpTest {

    @Test
    @Timeout(120)
    void everyTranscriptDecodesTheSameOverHttpInOneByteChunks() throws Exception {
        List<Path> files = SharedTranscripts.files();
        int events = 0;
        try (ReplayServer server = new ReplayServer()) {
            SseHttpClient client = SseHttpClient.create();
            for (Path file : files) {
                List<ResponseStreamEvent> fromFile = new ArrayList<>();
                ByteArrayOutputStream asSse = new ByteArrayOutputStream();
                try (PayloadSource source = EventFiles.open(file)) {
                    for (byte[] payload; (payload = source.nextPayload()) != null; ) {
                        fromFile.add(ResponseStreamEventCodec.INSTANCE.decodeLenient(payload));
                        asSse.write("data: ".getBytes(StandardCharsets.US_ASCII));
                        asSse.write(payload);
                        asSse.write("\n\n".getBytes(StandardCharsets.US_ASCII));
                    }
                }
                byte[] body = file.toString().endsWith(".sse") ? Files.readAllBytes(file) : asSse.toByteArray();
                server.serve(200, body, 1);
                List<ResponseStreamEvent> overHttp = new ArrayList<>();
                try (EventStream<ResponseStreamEvent> stream = client.send(
                        SseHttpClient.jsonPost(server.uri(), "{}").build(),
                        ResponseStreamEventCodec.INSTANCE::decodeLenient)) {
                    stream.forEachRemaining(overHttp::add);
                }
                assertEquals(fromFile, overHttp, file.getFileName().toString());
                events += overHttp.size();
            }
            assertEquals(files.size(), server.requests());
        }
        System.out.println("Transcripts over HTTP in 1-byte chunks: " + files.size() + " files, " + events
                + " events, all equal to the file's");
        assertTrue(events >= 1141, "expected all of the transcripts' events, got " + events);
    }
}
