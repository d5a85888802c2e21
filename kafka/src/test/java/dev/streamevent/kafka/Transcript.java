package dev.streamevent.kafka;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.streamevent.example.responses.events.ResponseStreamEvent;
import dev.streamevent.example.responses.events.ResponseStreamEventCodec;
import dev.streamevent.runtime.SharedData;
import dev.streamevent.runtime.sse.JsonLinesReader;
import dev.streamevent.runtime.sse.PayloadSource;
import dev.streamevent.runtime.sse.SsePayloadSource;
import dev.streamevent.runtime.sse.SseReader;

/**
 * One recorded Responses-API stream from the shared data (tests skip with a message when it is absent): its event
 * payloads, in order, and the events they decode to.
 */
public final class Transcript {

    /** A web-search stream: 184 events of 12 types, 121 of them {@code response.output_text.delta}. */
    public static final String WEB_SEARCH = "vercel_ai__openai-web-search-tool.jsonl";

    private final String name;
    private final List<byte[]> payloads;

    private Transcript(String name, List<byte[]> payloads) {
        this.name = name;
        this.payloads = payloads;
    }

    /**
     * @param fileName a file in {@code shared/data/transcripts}, {@code .jsonl} or {@code .sse}
     * @return its payloads
     * @throws IOException if it cannot be read
     */
    public static Transcript load(String fileName) throws IOException {
        Path file = SharedData.require("data/transcripts").resolve(fileName);
        List<byte[]> payloads = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
                PayloadSource source = fileName.endsWith(".jsonl")
                        ? new JsonLinesReader(in) : new SsePayloadSource(new SseReader(in))) {
            for (byte[] payload; (payload = source.nextPayload()) != null; ) {
                payloads.add(payload);
            }
        }
        return new Transcript(fileName, List.copyOf(payloads));
    }

    /**
     * @return the file name
     */
    public String name() {
        return name;
    }

    /**
     * @return each event's JSON, as recorded
     */
    public List<byte[]> payloads() {
        return payloads;
    }

    /**
     * @return the events, decoded strictly (every event of the shared transcripts is typed)
     */
    public List<ResponseStreamEvent> events() {
        List<ResponseStreamEvent> events = new ArrayList<>();
        for (byte[] payload : payloads) {
            events.add(ResponseStreamEventCodec.INSTANCE.decode(payload));
        }
        return events;
    }

    /**
     * @return how many events of each type, in order of first appearance
     */
    public Map<String, Long> countsByType() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ResponseStreamEvent event : events()) {
            counts.merge(event.type(), 1L, Long::sum);
        }
        return counts;
    }
}
