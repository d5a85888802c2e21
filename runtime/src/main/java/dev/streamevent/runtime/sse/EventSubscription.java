package dev.streamevent.runtime.sse;

import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The subscription behind {@link EventPublisher}. All signals to the subscriber, {@code onSubscribe} included, come
 * from a drain loop that runs as one executor task at a time, which makes them serial. {@link #request} and
 * {@link #cancel} may come from any thread.
 */
final class EventSubscription<T> implements Flow.Subscription {

    private final Callable<? extends EventStream<? extends T>> opener;
    private final Flow.Subscriber<? super T> subscriber;
    private final Executor executor;

    private final AtomicLong demand = new AtomicLong();
    /** Drain requests not yet handled; the one that raises it from zero schedules the drain task. */
    private final AtomicInteger pendingDrains = new AtomicInteger();
    private volatile boolean cancelled;
    private volatile IllegalArgumentException invalidRequest;
    private volatile EventStream<? extends T> events;

    // Touched only by the drain task.
    private boolean announced;
    private boolean terminated;

    EventSubscription(
            Callable<? extends EventStream<? extends T>> opener, Flow.Subscriber<? super T> subscriber, Executor executor) {
        this.opener = opener;
        this.subscriber = subscriber;
        this.executor = executor;
    }

    void start() {
        scheduleDrain();
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            invalidRequest = new IllegalArgumentException("request(" + n + "): demand must be positive (rule 3.9)");
        } else {
            demand.accumulateAndGet(n, EventSubscription::addCapped);
        }
        scheduleDrain();
    }

    @Override
    public void cancel() {
        cancelled = true;
        closeEvents(); // also unblocks a read in progress on the drain task
    }

    private static long addCapped(long current, long added) {
        long sum = current + added;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private void scheduleDrain() {
        if (pendingDrains.getAndIncrement() == 0) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        int missed = 1;
        do {
            drainOnce();
            missed = pendingDrains.addAndGet(-missed);
        } while (missed != 0);
    }

    private void drainOnce() {
        if (terminated) {
            return;
        }
        if (!announced) {
            announced = true;
            try {
                subscriber.onSubscribe(this);
            } catch (RuntimeException e) {
                cancelBecauseSubscriberFailed();
                throw e;
            }
        }
        if (cancelled) {
            terminated = true;
            closeEvents();
            return;
        }
        if (events == null && !open()) {
            return;
        }
        while (!cancelled && invalidRequest == null && demand.get() > 0) {
            if (!emitNext()) {
                return;
            }
        }
        if (invalidRequest != null && !cancelled) {
            fail(invalidRequest);
        }
    }

    private boolean open() {
        try {
            events = opener.call();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            fail(e);
            return false;
        }
        if (cancelled) { // cancel() may have run while the stream was opening, before it could close it
            terminated = true;
            closeEvents();
            return false;
        }
        return true;
    }

    /** Delivers one event, or the end; returns {@code false} once the subscription has terminated. */
    private boolean emitNext() {
        T event;
        try {
            if (!events.hasNext()) {
                terminated = true;
                closeEvents();
                if (!cancelled) {
                    subscriber.onComplete();
                }
                return false;
            }
            event = events.next();
        } catch (RuntimeException e) {
            if (cancelled) {
                terminated = true; // the read failed because cancel() closed the stream: nothing more to say
            } else {
                fail(e instanceof UncheckedIOException ? e.getCause() : e);
            }
            return false;
        }
        demand.decrementAndGet();
        try {
            subscriber.onNext(event);
        } catch (RuntimeException e) {
            cancelBecauseSubscriberFailed();
            throw e;
        }
        return true;
    }

    /** A subscriber that throws breaks rule 2.13; treat it as cancelled and let the executor report the exception. */
    private void cancelBecauseSubscriberFailed() {
        cancelled = true;
        terminated = true;
        closeEvents();
    }

    private void fail(Throwable error) {
        terminated = true;
        closeEvents();
        subscriber.onError(error);
    }

    private void closeEvents() {
        EventStream<? extends T> current = events;
        if (current == null) {
            return;
        }
        try {
            current.close();
        } catch (UncheckedIOException ignored) {
            // The subscription is ending either way; a failure to close has no one left to tell.
        }
    }
}
