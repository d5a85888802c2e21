package dev.streamevent.runtime.http;

import static dev.streamevent.runtime.http.LocalEventServer.startEventStream;
import static dev.streamevent.runtime.http.LocalEventServer.writeInChunks;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.streamevent.runtime.sse.EventStream;
import dev.streamevent.runtime.sse.PayloadDecoder;
import dev.streamevent.runtime.sse.SseException;
import dev.streamevent.runtime.sse.SseOptions;
import dev.streamevent.runtime.testsupport.RecordingSubscriber;
import dev.streamevent.runtime.testsupport.SharedData;
import dev.streamevent.runtime.testsupport.Transcripts;
import dev.streamevent.runtime.testsupport.TypeOrInvalidDecoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The HTTP client against a real local server. Every wait is bounded; timeouts are safety nets, not assertions. */
@Timeout(30)
class SseHttpClientTest {

    private static final PayloadDecoder<byte[]> RAW = (bytes, offset, length) ->
            Arrays.copyOfRange(bytes, offset, offset + length);
    private static final TypeOrInvalidDecoder TYPES = new TypeOrInvalidDecoder();
    private static final long SERVER_WAIT_SECONDS = 5;

    private final LocalEventServer server;
    private final SseHttpClient client = SseHttpClient.builder()
            .connectTimeout(Duration.ofSeconds(5))
            .idleTimeout(Duration.ofSeconds(10))
            .build();
    private final ExecutorService executor = Executors.newCachedThreadPool();

    SseHttpClientTest() throws IOException {
        server = new LocalEventServer();
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.close();
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS));
    }

    @Test
    void everyTranscriptInOneByteChunksGivesTheSameEventDataAsTheFile() throws Exception {
        List<Path> transcripts = SharedData.transcripts();
        int events = 0;
        for (Path transcript : transcripts) {
            byte[] body = sseBodyOf(transcript);
            server.respond("/" + transcript.getFileName(), exchange ->
                    writeInChunks(startEventStream(exchange), body, () -> 1, 0));
            List<byte[]> expected = Transcripts.payloadsOf(transcript);
            assertSamePayloads(expected, receive("/" + transcript.getFileName()), transcript.toString());
            events += expected.size();
        }
        System.out.println("Transcripts over local HTTP in 1-byte chunks: " + transcripts.size() + " of "
                + transcripts.size() + " matched, " + events + " events");
        assertEquals(transcripts.size(), server.requestCount());
    }

    @Test
    void randomChunkSizesGiveTheSameEventData() throws Exception {
        long seed = 20260101L;
        Random random = new Random(seed);
        Path transcript = largestTranscript();
        byte[] body = sseBodyOf(transcript);
        server.respond("/random", exchange ->
                writeInChunks(startEventStream(exchange), body, () -> 1 + random.nextInt(700), 0));
        assertSamePayloads(Transcripts.payloadsOf(transcript), receive("/random"), "seed " + seed);
    }

    @Test
    void slowDripGivesTheSameEventData() throws Exception {
        Path transcript = SharedData.root().resolve("data/transcripts/pydantic_pydantic-ai__openai-function-call-stream.sse");
        byte[] body = Files.readAllBytes(transcript);
        server.respond("/drip", exchange -> writeInChunks(startEventStream(exchange), body, () -> 97, 2));
        assertSamePayloads(Transcripts.payloadsOf(transcript), receive("/drip"), "drip");
    }

    @Test
    void connectionCutInsideAnEventDeliversEarlierEventsThenFails() throws Exception {
        server.respond("/cut", exchange -> {
            OutputStream out = startEventStream(exchange);
            out.write(ascii("data: {\"type\":\"a\"}\n\ndata: {\"type\":\"b\"}\n\ndata: {\"type\":\"c"));
            out.flush();
            throw new IOException("server drops the connection on purpose");
        });
        List<String> received = new ArrayList<>();
        try (EventStream<String> events = client.send(post("/cut"), TYPES)) {
            UncheckedIOException error = assertThrows(UncheckedIOException.class,
                    () -> events.forEachRemaining(received::add));
            SseException cause = assertInstanceOf(SseException.class, error.getCause());
            assertTrue(cause.getMessage().startsWith("connection failed in the middle of an event at byte 56"),
                    cause.getMessage());
        }
        assertEquals(List.of("a", "b"), received);
    }

    @Test
    void cleanEndWithoutDoneJustEndsTheStream() throws Exception {
        server.respond("/no-done", exchange ->
                startEventStream(exchange).write(ascii("data: {\"type\":\"a\"}\n\ndata: {\"type\":\"unfinished\"}\n")));
        assertEquals(List.of("a"), receiveTypes("/no-done"));
    }

    @Test
    void malformedEventInTheMiddleIsMarkedAndTheStreamGoesOn() throws Exception {
        server.respond("/malformed", exchange -> startEventStream(exchange).write(ascii(
                "data: {\"type\":\"a\"}\n\ndata: {\"type\":\n\n: keep-alive\n\ndata: {\"type\":\"b\"}\n\ndata: [DONE]\n\n")));
        assertEquals(List.of("a", "INVALID:{\"type\":", "b"), receiveTypes("/malformed"));
    }

    @Test
    void errorStatusCarriesTheStatusAndTheStartOfTheBody() throws Exception {
        byte[] errorBody = ascii("{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\"}}");
        server.respond("/unauthorized", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(401, errorBody.length);
            exchange.getResponseBody().write(errorBody);
        });
        SseHttpClient smallErrors = SseHttpClient.builder().maxErrorBodyBytes(40).build();
        HttpStatusException error = assertThrows(HttpStatusException.class,
                () -> smallErrors.send(post("/unauthorized"), TYPES));
        assertEquals(401, error.statusCode());
        assertEquals(new String(errorBody, 0, 40, StandardCharsets.UTF_8), error.body());
        assertTrue(error.bodyTruncated());
        assertTrue(error.getMessage().startsWith("HTTP 401 from POST " + server.uri("/unauthorized")),
                error.getMessage());
    }

    @Test
    void eventJustUnderTheSizeLimitPassesAndJustOverFails() throws Exception {
        int limit = 1024;
        // A data line counts with its "data: " prefix and LF: 7 bytes besides the JSON.
        String fits = paddedEvent(limit - 7);
        String tooBig = paddedEvent(limit - 6);
        server.respond("/fits", exchange -> startEventStream(exchange).write(ascii("data: " + fits + "\n\n")));
        server.respond("/too-big", exchange ->
                startEventStream(exchange).write(ascii("data: {\"type\":\"a\"}\n\ndata: " + tooBig + "\n\n")));
        SseHttpClient limited = SseHttpClient.builder().sseOptions(SseOptions.defaults().withMaxEventBytes(limit)).build();

        try (EventStream<String> events = limited.send(post("/fits"), TYPES)) {
            assertEquals("padded", events.next());
        }
        List<String> received = new ArrayList<>();
        try (EventStream<String> events = limited.send(post("/too-big"), TYPES)) {
            UncheckedIOException error = assertThrows(UncheckedIOException.class,
                    () -> events.forEachRemaining(received::add));
            SseException cause = assertInstanceOf(SseException.class, error.getCause());
            assertEquals(20 + limit, cause.byteOffset());
        }
        assertEquals(List.of("a"), received);
    }

    @Test
    void closingTheStreamClosesTheConnection() throws Exception {
        CountDownLatch clientGone = serveEndlessEvents("/endless");
        try (EventStream<String> events = client.send(post("/endless"), TYPES)) {
            assertEquals("tick", events.next());
            assertEquals("tick", events.next());
        }
        assertTrue(clientGone.await(SERVER_WAIT_SECONDS, TimeUnit.SECONDS), "the server kept writing");
    }

    @Test
    void cancellingTheSubscriptionClosesTheConnection() throws Exception {
        CountDownLatch clientGone = serveEndlessEvents("/endless");
        RecordingSubscriber<String> subscriber = new RecordingSubscriber<>();
        client.publisher(post("/endless"), TYPES, executor).subscribe(subscriber);
        subscriber.requestAndAwait(3);
        subscriber.subscription().cancel();
        assertTrue(clientGone.await(SERVER_WAIT_SECONDS, TimeUnit.SECONDS), "the server kept writing");
        assertEquals(List.of("tick", "tick", "tick"), subscriber.items);
    }

    @Test
    void publisherDeliversATranscriptAndCompletes() throws Exception {
        Path transcript = largestTranscript();
        byte[] body = sseBodyOf(transcript);
        server.respond("/publish", exchange -> writeInChunks(startEventStream(exchange), body, () -> 4096, 0));
        RecordingSubscriber<byte[]> subscriber = new RecordingSubscriber<>();
        client.publisher(post("/publish"), RAW, executor).subscribe(subscriber);
        subscriber.subscription().request(Long.MAX_VALUE);
        assertEquals(null, subscriber.awaitEnd());
        assertSamePayloads(Transcripts.payloadsOf(transcript), subscriber.items, "publisher");
    }

    @Test
    void publisherReportsAnErrorStatus() throws Exception {
        server.respond("/server-error", exchange -> exchange.sendResponseHeaders(503, -1));
        RecordingSubscriber<String> subscriber = new RecordingSubscriber<>();
        client.publisher(post("/server-error"), TYPES, executor).subscribe(subscriber);
        HttpStatusException error = assertInstanceOf(HttpStatusException.class, subscriber.awaitError());
        assertEquals(503, error.statusCode());
    }

    @Test
    void silenceLongerThanTheIdleTimeoutFails() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.respond("/silent", exchange -> {
            OutputStream out = startEventStream(exchange);
            out.write(ascii("data: {\"type\":\"a\"}\n\n"));
            out.flush();
            release.await(SERVER_WAIT_SECONDS, TimeUnit.SECONDS);
        });
        SseHttpClient impatient = SseHttpClient.builder().idleTimeout(Duration.ofMillis(500)).build();
        // The request's own timeout covers the headers, so that only the silence in the body can trip the idle timeout.
        HttpRequest request = SseHttpClient.jsonPost(server.uri("/silent"), "{}").timeout(Duration.ofSeconds(10)).build();
        try (EventStream<String> events = impatient.send(request, TYPES)) {
            assertEquals("a", events.next());
            UncheckedIOException error = assertThrows(UncheckedIOException.class, events::next);
            assertInstanceOf(HttpTimeoutException.class, error.getCause().getCause());
        } finally {
            release.countDown();
        }
    }

    @Test
    void builderRefusesAConnectTimeoutForAClientItDoesNotBuild() {
        SseHttpClient.Builder builder = SseHttpClient.builder()
                .httpClient(java.net.http.HttpClient.newHttpClient())
                .connectTimeout(Duration.ofSeconds(1));
        assertThrows(IllegalStateException.class, builder::build);
    }

    /** Sends "tick" events until the client goes away (bounded), then counts the latch down. */
    private CountDownLatch serveEndlessEvents(String path) {
        CountDownLatch clientGone = new CountDownLatch(1);
        server.respond(path, exchange -> {
            OutputStream out = startEventStream(exchange);
            byte[] tick = ascii("data: {\"type\":\"tick\"}\n\n");
            try {
                for (int i = 0; i < 1000; i++) {
                    out.write(tick);
                    out.flush();
                    Thread.sleep(5);
                }
            } catch (IOException clientClosed) {
                clientGone.countDown();
                throw clientClosed;
            }
        });
        return clientGone;
    }

    private List<byte[]> receive(String path) throws IOException, InterruptedException {
        List<byte[]> payloads = new ArrayList<>();
        try (EventStream<byte[]> events = client.send(post(path), RAW)) {
            events.forEachRemaining(payloads::add);
        }
        return payloads;
    }

    private List<String> receiveTypes(String path) throws IOException, InterruptedException {
        List<String> types = new ArrayList<>();
        try (EventStream<String> events = client.send(post(path), TYPES)) {
            events.forEachRemaining(types::add);
        }
        return types;
    }

    private HttpRequest post(String path) {
        return SseHttpClient.jsonPost(server.uri(path), "{\"model\":\"test\",\"stream\":true}").build();
    }

    private static void assertSamePayloads(List<byte[]> expected, List<byte[]> actual, String where) {
        assertEquals(Transcripts.asText(expected), Transcripts.asText(actual), where); // readable diff
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), where + " #" + i); // and exact bytes
        }
    }

    /** The transcript as a text/event-stream body: .sse files as they are, JSON Lines framed as the README says. */
    private static byte[] sseBodyOf(Path transcript) throws IOException {
        if (SharedData.isSse(transcript)) {
            return Files.readAllBytes(transcript);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] payload : Transcripts.payloadsOf(transcript)) {
            body.write(ascii("data: "));
            body.write(payload);
            body.write(ascii("\n\n"));
        }
        body.write(ascii("data: [DONE]\n\n"));
        return body.toByteArray();
    }

    private static Path largestTranscript() throws IOException {
        Path largest = null;
        for (Path transcript : SharedData.transcripts()) {
            if (largest == null || Files.size(transcript) > Files.size(largest)) {
                largest = transcript;
            }
        }
        return largest;
    }

    /** An event JSON of exactly {@code length} bytes. */
    private static String paddedEvent(int length) {
        String empty = "{\"type\":\"padded\",\"pad\":\"\"}";
        return empty.replace("\"\"}", "\"" + "x".repeat(length - empty.length()) + "\"}");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
