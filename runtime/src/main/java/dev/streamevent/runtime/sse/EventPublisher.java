package dev.streamevent.runtime.sse;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes decoded events to one {@link Flow.Subscriber}, with the Reactive Streams rules: events are read only while
 * there is demand, signals are serial, and cancelling closes the stream (and so the connection behind it).
 *
 * <p>Reading blocks, so it runs on the given executor, one task at a time per subscription; use an executor that
 * tolerates blocking tasks, not the common fork-join pool. The stream is opened lazily, on that executor, after
 * {@code onSubscribe}; a failure to open it (such as an HTTP error status) arrives as {@code onError}.
 *
 * <p>A stream can be read only once, so the publisher accepts a single subscriber; later ones get
 * {@code onError(IllegalStateException)}.
 *
 * @param <T> the decoded type
 */
public final class EventPublisher<T> implements Flow.Publisher<T> {

    private final Callable<? extends EventStream<? extends T>> opener;
    private final Executor executor;
    private final AtomicBoolean subscribed = new AtomicBoolean();

    /**
     * Creates a publisher that opens its stream when subscribed.
     *
     * @param opener opens the event stream; called once, on the executor
     * @param executor runs the blocking reads
     */
    public EventPublisher(Callable<? extends EventStream<? extends T>> opener, Executor executor) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * Creates a publisher over a stream that is already open.
     *
     * @param events the events; closed when the subscription ends or is cancelled
     * @param executor runs the blocking reads
     * @param <T> the decoded type
     * @return the publisher
     */
    public static <T> EventPublisher<T> of(EventStream<? extends T> events, Executor executor) {
        Objects.requireNonNull(events, "events");
        return new EventPublisher<>(() -> events, executor);
    }

    /**
     * Subscribes the first subscriber; rejects any later one with {@code onError(IllegalStateException)}.
     *
     * @param subscriber the subscriber
     * @throws NullPointerException if {@code subscriber} is {@code null}
     */
    @Override
    public void subscribe(Flow.Subscriber<? super T> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        if (!subscribed.compareAndSet(false, true)) {
            subscriber.onSubscribe(RejectedSubscription.INSTANCE);
            subscriber.onError(new IllegalStateException("an event stream can be read once; it already has a subscriber"));
            return;
        }
        new EventSubscription<T>(opener, subscriber, executor).start();
    }

    /** Given to a rejected subscriber, which then only receives the error. */
    private enum RejectedSubscription implements Flow.Subscription {
        INSTANCE;

        @Override
        public void request(long n) {
        }

        @Override
        public void cancel() {
        }
    }
}
