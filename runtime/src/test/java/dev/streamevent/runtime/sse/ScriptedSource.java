package dev.streamevent.runtime.sse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;

/** A payload source that serves given payloads, then ends or fails, and remembers whether it was closed. */
final class ScriptedSource implements PayloadSource {

    private final Queue<String> payloads;
    private final IOException failureAtEnd;
    final CountDownLatch closed = new CountDownLatch(1);
    volatile int reads;

    private ScriptedSource(List<String> payloads, IOException failureAtEnd) {
        this.payloads = new ArrayDeque<>(payloads);
        this.failureAtEnd = failureAtEnd;
    }

    static ScriptedSource ending(String... payloads) {
        return new ScriptedSource(List.of(payloads), null);
    }

    static ScriptedSource failing(IOException failure, String... payloads) {
        return new ScriptedSource(List.of(payloads), failure);
    }

    @Override
    public byte[] nextPayload() throws IOException {
        reads++;
        String next = payloads.poll();
        if (next != null) {
            return next.getBytes(StandardCharsets.UTF_8);
        }
        if (failureAtEnd != null) {
            throw failureAtEnd;
        }
        return null;
    }

    boolean isClosed() {
        return closed.getCount() == 0;
    }

    @Override
    public void close() {
        closed.countDown();
    }
}
