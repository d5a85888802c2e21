package dev.streamevent.runtime.http;

import dev.streamevent.runtime.sse.EventPublisher;
import dev.streamevent.runtime.sse.EventStream;
import dev.streamevent.runtime.sse.PayloadDecoder;
import dev.streamevent.runtime.sse.SseException;
import dev.streamevent.runtime.sse.SseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Sends a request over {@link HttpClient} and returns the decoded events of its {@code text/event-stream} response.
 *
 * <pre>{@code
 * SseHttpClient client = SseHttpClient.builder().idleTimeout(Duration.ofSeconds(90)).build();
 * HttpRequest request = SseHttpClient.jsonPost(uri, requestJson).header("Authorization", "Bearer " + key).build();
 * try (EventStream<ResponseStreamEvent> events =
 *         client.send(request, ResponseStreamEventCodec.INSTANCE::decodeLenient)) {
 *     events.forEachRemaining(this::handle);
 * }
 * }</pre>
 *
 * <ul>
 *   <li>A status outside 2xx throws {@link HttpStatusException} with the status and the start of the body.</li>
 *   <li>The stream ends at {@code data: [DONE]} or when the server ends the body cleanly.</li>
 *   <li>If the connection breaks, the events received before are still delivered, then an {@link SseException} says
 *       at which byte, and whether in the middle of an event.</li>
 *   <li>Closing the stream, or cancelling a publisher's subscription, closes the connection.</li>
 *   <li>The connect timeout bounds connecting; the idle timeout bounds the wait for the response headers (unless the
 *       request sets its own timeout) and every wait for more body bytes.</li>
 * </ul>
 *
 * <p>Thread-safe; one client serves any number of concurrent streams.
 */
public final class SseHttpClient {

    /** Connecting longer than this means the host is unreachable in practice. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Generous, because reasoning models may think for a minute between events. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(2);
    /** Enough for any JSON error document, small enough to keep a misbehaving server from filling memory. */
    public static final int DEFAULT_MAX_ERROR_BODY_BYTES = 16 * 1024;

    private static final String JSON = "application/json";
    private static final String EVENT_STREAM = "text/event-stream";

    private final HttpClient httpClient;
    private final Duration idleTimeout;
    private final SseOptions sseOptions;
    private final int maxErrorBodyBytes;

    private SseHttpClient(Builder builder) {
        this.httpClient = builder.httpClient != null
                ? builder.httpClient
                : HttpClient.newBuilder().connectTimeout(builder.connectTimeout).build();
        this.idleTimeout = builder.idleTimeout;
        this.sseOptions = builder.sseOptions;
        this.maxErrorBodyBytes = builder.maxErrorBodyBytes;
    }

    /**
     * Returns a client with the default timeouts and limits.
     *
     * @return a new client
     */
    public static SseHttpClient create() {
        return builder().build();
    }

    /**
     * Starts configuring a client.
     *
     * @return a builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a POST request that sends JSON and asks for an event stream. Add headers such as {@code Authorization},
     * then build it.
     *
     * @param uri the endpoint
     * @param json the request body, UTF-8 JSON
     * @return a request builder with the method, body, {@code Content-Type} and {@code Accept} set
     */
    public static HttpRequest.Builder jsonPost(URI uri, byte[] json) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", JSON)
                .header("Accept", EVENT_STREAM)
                .POST(HttpRequest.BodyPublishers.ofByteArray(json));
    }

    /**
     * Starts a POST request that sends JSON and asks for an event stream.
     *
     * @param uri the endpoint
     * @param json the request body
     * @return a request builder with the method, body, {@code Content-Type} and {@code Accept} set
     */
    public static HttpRequest.Builder jsonPost(URI uri, String json) {
        return jsonPost(uri, json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends the request, waits for the response headers, and returns the decoded events of the body.
     *
     * @param request the request, for example from {@link #jsonPost(URI, byte[])}
     * @param decoder decodes each event's data, for example {@code FooCodec.INSTANCE::decodeLenient}
     * @param <T> the decoded type
     * @return the open event stream; close it to close the connection
     * @throws HttpStatusException if the status is outside 2xx
     * @throws java.net.http.HttpConnectTimeoutException if connecting takes longer than the connect timeout
     * @throws java.net.http.HttpTimeoutException if the response headers take longer than the idle timeout
     * @throws IOException if the request cannot be sent
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public <T> EventStream<T> send(HttpRequest request, PayloadDecoder<? extends T> decoder)
            throws IOException, InterruptedException {
        Objects.requireNonNull(decoder, "decoder");
        HttpResponse<InputStream> response =
                httpClient.send(withDefaultTimeout(request), responseInfo -> new StreamingBodySubscriber(idleTimeout));
        InputStream body = response.body();
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw statusError(request, status, body);
        }
        return EventStream.ofSse(body, sseOptions, decoder);
    }

    /**
     * Returns a publisher that sends the request when subscribed, and then publishes the decoded events. The sending
     * and every read run on {@code executor}; a failed request, an error status or a broken connection arrive as
     * {@code onError}.
     *
     * @param request the request
     * @param decoder decodes each event's data
     * @param executor runs the blocking send and reads; it must tolerate blocking tasks
     * @param <T> the decoded type
     * @return a publisher for one subscriber
     */
    public <T> EventPublisher<T> publisher(HttpRequest request, PayloadDecoder<? extends T> decoder, Executor executor) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(decoder, "decoder");
        return new EventPublisher<T>(() -> send(request, decoder), executor);
    }

    private HttpRequest withDefaultTimeout(HttpRequest request) {
        if (request.timeout().isPresent()) {
            return request;
        }
        return HttpRequest.newBuilder(request, (name, value) -> true).timeout(idleTimeout).build();
    }

    private HttpStatusException statusError(HttpRequest request, int status, InputStream body) {
        String requestLine = request.method() + " " + request.uri();
        try (body) {
            // One byte past the limit tells whether the body was longer.
            byte[] start = body.readNBytes((int) Math.min(maxErrorBodyBytes + 1L, Integer.MAX_VALUE - 8));
            boolean truncated = start.length > maxErrorBodyBytes;
            String text = new String(start, 0, Math.min(start.length, maxErrorBodyBytes), StandardCharsets.UTF_8);
            return new HttpStatusException(status, text, truncated, requestLine);
        } catch (IOException e) {
            HttpStatusException error = new HttpStatusException(status, "", true, requestLine);
            error.addSuppressed(e);
            return error;
        }
    }

    /** Configures an {@link SseHttpClient}. Not thread-safe. */
    public static final class Builder {

        private HttpClient httpClient;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private boolean connectTimeoutSet;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private SseOptions sseOptions = SseOptions.defaults();
        private int maxErrorBodyBytes = DEFAULT_MAX_ERROR_BODY_BYTES;

        private Builder() {
        }

        /**
         * Uses an existing client (for its proxy, TLS or executor settings) instead of building one. Its own connect
         * timeout then applies, so do not combine this with {@link #connectTimeout(Duration)}.
         *
         * @param client the client to send with
         * @return this builder
         */
        public Builder httpClient(HttpClient client) {
            this.httpClient = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * Sets how long connecting may take. Default {@link SseHttpClient#DEFAULT_CONNECT_TIMEOUT}.
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException if {@code timeout} is not positive
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = requirePositive(timeout, "connectTimeout");
            this.connectTimeoutSet = true;
            return this;
        }

        /**
         * Sets how long the response headers, and then each piece of the body, may keep us waiting. Default
         * {@link SseHttpClient#DEFAULT_IDLE_TIMEOUT}.
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException if {@code timeout} is not positive
         */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = requirePositive(timeout, "idleTimeout");
            return this;
        }

        /**
         * Sets the SSE parsing options, such as the event size limit. Default {@link SseOptions#defaults()}.
         *
         * @param options the options
         * @return this builder
         */
        public Builder sseOptions(SseOptions options) {
            this.sseOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * Sets how much of an error response's body {@link HttpStatusException} keeps. Default
         * {@link SseHttpClient#DEFAULT_MAX_ERROR_BODY_BYTES}.
         *
         * @param limit the most bytes to read, at least 0
         * @return this builder
         * @throws IllegalArgumentException if {@code limit} is negative
         */
        public Builder maxErrorBodyBytes(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("maxErrorBodyBytes must not be negative, got " + limit);
            }
            this.maxErrorBodyBytes = limit;
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws IllegalStateException if both an existing client and a connect timeout were given
         */
        public SseHttpClient build() {
            if (httpClient != null && connectTimeoutSet) {
                throw new IllegalStateException(
                        "connectTimeout applies only to a client built here; set it on the HttpClient you pass in");
            }
            return new SseHttpClient(this);
        }

        private static Duration requirePositive(Duration duration, String name) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + duration);
            }
            return duration;
        }
    }
}
