package dev.streamevent.example.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 and an ephemeral port that answers {@code /v1/responses} with a recorded body,
 * written in flushed chunks of a chosen size so that the client sees it arrive piece by piece.
 */
final class ReplayServer implements AutoCloseable {

    private final HttpServer server;
    private final AtomicReference<String> lastRequest = new AtomicReference<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int status = 200;
    private volatile byte[] body = new byte[0];
    private volatile int chunkSize = 7;

    ReplayServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/responses", exchange -> {
            requests.incrementAndGet();
            lastRequest.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.getResponseHeaders().add("Content-Type", status == 200 ? "text/event-stream" : "application/json");
            exchange.sendResponseHeaders(status, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] bytes = body;
                for (int i = 0; i < bytes.length; i += chunkSize) {
                    out.write(bytes, i, Math.min(chunkSize, bytes.length - i));
                    out.flush();
                }
            }
        });
        server.start();
    }

    /** Answers with this status and body, in chunks of this many bytes. */
    void serve(int status, byte[] body, int chunkSize) {
        this.status = status;
        this.body = body;
        this.chunkSize = chunkSize;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/responses");
    }

    String lastRequest() {
        return lastRequest.get();
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
