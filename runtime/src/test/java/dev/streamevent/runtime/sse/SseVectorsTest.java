package dev.streamevent.runtime.sse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.streamevent.runtime.testsupport.MiniJson;
import dev.streamevent.runtime.testsupport.SharedData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Runs every vector of shared/data/sse-vectors.json through the parser cut into chunks in many ways, with and
 * without flushing at end of stream. Results must not depend on chunking.
 */
@Timeout(120)
class SseVectorsTest {

    /** The ways a vector's bytes are cut into {@code feed} calls (or reads). */
    enum Chunking {
        WHOLE,
        VECTOR_CHUNKS,
        BYTE_BY_BYTE,
        EVERY_TWO_WAY_SPLIT,
        DIRECT_BYTE_BUFFERS,
        READER_ONE_BYTE_READS
    }

    private static final Map<Chunking, AtomicInteger> PASSED = new EnumMap<>(Chunking.class);
    private static int vectorCount;

    @TestFactory
    Stream<DynamicTest> everyVectorUnderEveryChunking() throws IOException {
        String json = Files.readString(SharedData.root().resolve("data/sse-vectors.json"), StandardCharsets.UTF_8);
        List<?> vectors = (List<?>) ((Map<?, ?>) MiniJson.parse(json)).get("vectors");
        vectorCount = vectors.size();
        for (Chunking chunking : Chunking.values()) {
            PASSED.put(chunking, new AtomicInteger());
        }
        return vectors.stream()
                .map(vector -> (Map<?, ?>) vector)
                .flatMap(vector -> Arrays.stream(Chunking.values())
                        .map(chunking -> DynamicTest.dynamicTest(vector.get("name") + " / " + chunking,
                                () -> checkVector(vector, chunking))));
    }

    @AfterAll
    static void printCounts() {
        if (vectorCount > 0) {
            System.out.println("SSE vectors (" + vectorCount + "), passed with and without flush-at-EOF: "
                    + PASSED.entrySet().stream()
                            .map(entry -> entry.getValue() + " " + entry.getKey().name().toLowerCase())
                            .collect(Collectors.joining(", ")));
        }
    }

    /**
     * Checks the whole-stream result against the vector, then every cut against that result. Comparing events (raw
     * bytes included) keeps the 70,000 splits of the longest vector cheap without weakening the check.
     */
    private static void checkVector(Map<?, ?> vector, Chunking chunking) throws IOException {
        byte[] input = inputBytes(vector);
        List<?> expected = (List<?>) vector.get("events");
        List<?> expectedFlushed = vector.containsKey("eventsIfFlushedAtEof")
                ? (List<?>) vector.get("eventsIfFlushedAtEof")
                : expected;
        SseOptions flushing = SseOptions.defaults().withDispatchIncompleteEventAtEof(true);
        List<SseEvent> whole = run(input, List.of(), Chunking.WHOLE, SseOptions.defaults());
        List<SseEvent> wholeFlushed = run(input, List.of(), Chunking.WHOLE, flushing);
        assertEquals(expected, asVectorEvents(whole), vector.get("name") + " whole");
        assertEquals(expectedFlushed, asVectorEvents(wholeFlushed), vector.get("name") + " whole, with flush at EOF");
        for (List<Integer> cuts : cutsFor(vector, chunking, input.length)) {
            String where = vector.get("name") + " cut at " + cuts;
            assertEquals(whole, run(input, cuts, chunking, SseOptions.defaults()), where);
            assertEquals(wholeFlushed, run(input, cuts, chunking, flushing), where + " with flush at EOF");
        }
        PASSED.get(chunking).incrementAndGet();
    }

    private static List<List<Integer>> cutsFor(Map<?, ?> vector, Chunking chunking, int length) {
        switch (chunking) {
            case VECTOR_CHUNKS:
                List<?> offsets = (List<?>) vector.get("chunks");
                return List.of(offsets == null ? List.of() : offsets.stream()
                        .map(offset -> ((BigDecimal) offset).intValueExact())
                        .collect(Collectors.toList()));
            case BYTE_BY_BYTE:
            case DIRECT_BYTE_BUFFERS:
            case READER_ONE_BYTE_READS:
                return List.of(IntStream.range(1, length).boxed().collect(Collectors.toList()));
            case EVERY_TWO_WAY_SPLIT:
                return IntStream.rangeClosed(0, length).mapToObj(List::of).collect(Collectors.toList());
            default:
                return List.of(List.of());
        }
    }

    private static List<SseEvent> run(byte[] input, List<Integer> cuts, Chunking chunking,
            SseOptions options) throws IOException {
        List<SseEvent> events = new ArrayList<>();
        if (chunking == Chunking.READER_ONE_BYTE_READS) {
            try (SseReader reader = new SseReader(new OneByteReads(input), options)) {
                for (SseEvent event; (event = reader.read()) != null; ) {
                    events.add(event);
                }
            }
        } else {
            SseParser parser = new SseParser(options, events::add);
            int start = 0;
            for (int end : withEnd(cuts, input.length)) {
                if (chunking == Chunking.DIRECT_BYTE_BUFFERS) {
                    ByteBuffer direct = ByteBuffer.allocateDirect(end - start).put(input, start, end - start).flip();
                    parser.feed(direct);
                } else {
                    parser.feed(input, start, end - start);
                }
                start = end;
            }
            parser.endOfStream();
        }
        return events;
    }

    private static List<Map<String, Object>> asVectorEvents(List<SseEvent> events) {
        return events.stream().map(SseVectorsTest::asVectorEvent).collect(Collectors.toList());
    }

    private static List<Integer> withEnd(List<Integer> cuts, int length) {
        List<Integer> ends = new ArrayList<>(cuts);
        ends.add(length);
        return ends;
    }

    /** The vectors' event model: no id is {@code null} (our API says empty), and retry is a number or null. */
    private static Map<String, Object> asVectorEvent(SseEvent event) {
        Map<String, Object> model = new HashMap<>();
        model.put("event", event.eventType());
        model.put("data", event.dataAsString());
        model.put("id", event.lastEventId().isEmpty() ? null : event.lastEventId());
        model.put("retry", event.retryMillis().isPresent() ? BigDecimal.valueOf(event.retryMillis().getAsLong()) : null);
        return model;
    }

    private static byte[] inputBytes(Map<?, ?> vector) {
        Object text = vector.get("input");
        if (text != null) {
            return ((String) text).getBytes(StandardCharsets.UTF_8);
        }
        String hex = (String) vector.get("inputHex");
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    /** Hands out one byte per read, the worst case a network can produce. */
    static final class OneByteReads extends InputStream {
        private final ByteArrayInputStream bytes;

        OneByteReads(byte[] content) {
            this.bytes = new ByteArrayInputStream(content);
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            return bytes.read(target, offset, Math.min(length, 1));
        }
    }
}
