package dev.streamevent.runtime.testsupport;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records every signal; requests only what a test asks for. Waits are bounded, so a missing signal fails the test
 * instead of hanging it.
 */
public final class RecordingSubscriber<T> implements Flow.Subscriber<T> {

    private static final long WAIT_SECONDS = 10;

    public final List<T> items = new CopyOnWriteArrayList<>();
    private final AtomicInteger signalsAfterEnd = new AtomicInteger();
    private final CountDownLatch subscribed = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile Flow.Subscription subscription;
    private volatile Throwable error;
    private volatile boolean completed;
    private volatile CountDownLatch itemsAwaited = new CountDownLatch(0);

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        subscription = newSubscription;
        subscribed.countDown();
    }

    @Override
    public void onNext(T item) {
        if (ended.getCount() == 0) {
            signalsAfterEnd.incrementAndGet();
        }
        items.add(item);
        itemsAwaited.countDown();
    }

    @Override
    public void onError(Throwable failure) {
        if (ended.getCount() == 0) {
            signalsAfterEnd.incrementAndGet();
        }
        error = failure;
        ended.countDown();
    }

    @Override
    public void onComplete() {
        if (ended.getCount() == 0) {
            signalsAfterEnd.incrementAndGet();
        }
        completed = true;
        ended.countDown();
    }

    /** Requests {@code n} items and waits until they have all arrived. */
    public void requestAndAwait(int n) throws InterruptedException {
        itemsAwaited = new CountDownLatch(n);
        subscription().request(n);
        assertTrue(itemsAwaited.await(WAIT_SECONDS, TimeUnit.SECONDS), "expected " + n + " more items, got "
                + (n - itemsAwaited.getCount()));
    }

    public Flow.Subscription subscription() throws InterruptedException {
        assertTrue(subscribed.await(WAIT_SECONDS, TimeUnit.SECONDS), "onSubscribe never came");
        return subscription;
    }

    /** Waits for onComplete or onError; returns the error, or null on completion. */
    public Throwable awaitEnd() throws InterruptedException {
        assertTrue(ended.await(WAIT_SECONDS, TimeUnit.SECONDS), "the publisher never ended");
        assertTrue(completed || error != null);
        assertTrue(signalsAfterEnd.get() == 0, "signals arrived after the terminal one");
        return error;
    }

    public Throwable awaitError() throws InterruptedException {
        Throwable failure = awaitEnd();
        assertNotNull(failure, "expected onError, got onComplete");
        return failure;
    }

    public boolean hasEnded() {
        return ended.getCount() == 0;
    }
}
