package dev.streamevent.runtime.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/** A real HTTP server on 127.0.0.1 and an ephemeral port, answering each path with a scripted response. */
final class LocalEventServer implements AutoCloseable {

    /** Writes a response; throwing makes the server drop the connection without ending the body properly. */
    @FunctionalInterface
    interface Responder {
        void respond(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger requests = new AtomicInteger();

    LocalEventServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void respond(String path, Responder responder) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            try (InputStream requestBody = exchange.getRequestBody()) {
                requestBody.readAllBytes();
            }
            try {
                responder.respond(exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            exchange.close(); // only on success: an exception must leave the chunked body unterminated
        });
    }

    int requestCount() {
        return requests.get();
    }

    /** Starts a 200 {@code text/event-stream} response of unknown length (chunked). */
    static OutputStream startEventStream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    /** Writes {@code body} in chunks of the given sizes, flushing each so that it leaves as its own HTTP chunk. */
    static void writeInChunks(OutputStream out, byte[] body, IntSupplier chunkSizes, long pauseMillis)
            throws IOException, InterruptedException {
        int start = 0;
        while (start < body.length) {
            int count = Math.min(Math.max(1, chunkSizes.getAsInt()), body.length - start);
            out.write(body, start, count);
            out.flush();
            start += count;
            if (pauseMillis > 0) {
                Thread.sleep(pauseMillis);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(0);
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
