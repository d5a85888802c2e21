package dev.streamevent.runtime.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Exposes a response body as an {@link InputStream}, like {@code BodySubscribers.ofInputStream()}, with two additions
 * that event streams need: a read fails with {@link HttpTimeoutException} when no bytes arrive for the idle timeout,
 * and {@code close()} from another thread wakes a blocked read. Closing cancels the body subscription, which makes
 * the client drop the connection.
 *
 * <p>It requests one list of buffers at a time, so at most one list waits unread: memory stays bounded whatever the
 * server sends.
 */
final class StreamingBodySubscriber implements HttpResponse.BodySubscriber<InputStream> {

    /** Queued after the last list of buffers. */
    private static final Object END_OF_BODY = new Object();
    /** Queued by {@code close()} to wake a blocked reader. */
    private static final Object CLOSED = new Object();

    private final Duration idleTimeout;
    private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
    /** Lists of buffers, a Throwable, END_OF_BODY or CLOSED. */
    private final BlockingQueue<Object> signals = new LinkedBlockingQueue<>();
    private final BodyInputStream body = new BodyInputStream();

    StreamingBodySubscriber(Duration idleTimeout) {
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
    }

    @Override
    public CompletionStage<InputStream> getBody() {
        return CompletableFuture.completedStage(body);
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        if (!subscription.compareAndSet(null, newSubscription) || body.closed) {
            newSubscription.cancel();
            return;
        }
        newSubscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        signals.add(buffers);
    }

    @Override
    public void onError(Throwable error) {
        signals.add(error);
    }

    @Override
    public void onComplete() {
        signals.add(END_OF_BODY);
    }

    private final class BodyInputStream extends InputStream {

        private volatile boolean closed;
        private Iterator<ByteBuffer> pending = List.<ByteBuffer>of().iterator();
        private ByteBuffer current;
        private boolean endOfBody;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            if (length == 0) {
                return 0;
            }
            ByteBuffer buffer = nextNonEmptyBuffer();
            if (buffer == null) {
                return -1;
            }
            int count = Math.min(length, buffer.remaining());
            buffer.get(bytes, offset, count);
            return count;
        }

        @Override
        public int available() {
            return current == null ? 0 : current.remaining();
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            Flow.Subscription active = subscription.get();
            if (active != null) {
                active.cancel();
            }
            signals.add(CLOSED);
        }

        private ByteBuffer nextNonEmptyBuffer() throws IOException {
            while (true) {
                if (closed) {
                    throw new IOException("the response body is closed");
                }
                if (current != null && current.hasRemaining()) {
                    return current;
                }
                if (pending.hasNext()) {
                    current = pending.next();
                    continue;
                }
                if (endOfBody) {
                    return null;
                }
                takeSignal();
            }
        }

        private void takeSignal() throws IOException {
            Object signal;
            try {
                signal = signals.poll(idleTimeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new InterruptedIOException("interrupted while waiting for the response body");
            }
            if (signal == null) {
                close();
                throw new HttpTimeoutException("no data received for " + idleTimeout.toMillis() + " ms (idle timeout)");
            }
            if (signal == END_OF_BODY) {
                endOfBody = true;
            } else if (signal instanceof Throwable error) {
                endOfBody = true;
                throw error instanceof IOException io ? io : new IOException(error.getMessage(), error);
            } else if (signal != CLOSED) {
                pending = castBuffers(signal).iterator();
                subscription.get().request(1);
            }
        }

        @SuppressWarnings("unchecked") // only onNext queues lists, and they hold ByteBuffers
        private List<ByteBuffer> castBuffers(Object signal) {
            return (List<ByteBuffer>) signal;
        }
    }
}
