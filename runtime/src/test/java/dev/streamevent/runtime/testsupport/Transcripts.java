package dev.streamevent.runtime.testsupport;

import dev.streamevent.runtime.sse.JsonLinesReader;
import dev.streamevent.runtime.sse.PayloadSource;
import dev.streamevent.runtime.sse.SsePayloadSource;
import dev.streamevent.runtime.sse.SseReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Reads the shared transcripts' event payloads directly from their files. */
public final class Transcripts {

    private Transcripts() {
    }

    /** A transcript's payloads, read with the SSE reader or the JSON Lines reader as its extension says. */
    public static List<byte[]> payloadsOf(Path transcript) throws IOException {
        return payloadsOf(transcript, new ByteArrayInputStream(Files.readAllBytes(transcript)));
    }

    /** Payloads of {@code input}, framed the way {@code transcript}'s extension says. */
    public static List<byte[]> payloadsOf(Path transcript, InputStream input) throws IOException {
        try (PayloadSource source = SharedData.isSse(transcript)
                ? new SsePayloadSource(new SseReader(input))
                : new JsonLinesReader(input)) {
            return readAll(source);
        }
    }

    public static List<byte[]> readAll(PayloadSource source) throws IOException {
        List<byte[]> payloads = new ArrayList<>();
        for (byte[] payload; (payload = source.nextPayload()) != null; ) {
            payloads.add(payload);
        }
        return payloads;
    }

    /** Payloads as text, for readable assertion messages. */
    public static List<String> asText(List<byte[]> payloads) {
        return payloads.stream()
                .map(payload -> new String(payload, StandardCharsets.UTF_8))
                .collect(Collectors.toList());
    }
}
