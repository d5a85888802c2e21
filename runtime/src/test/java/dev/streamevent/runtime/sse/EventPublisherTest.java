package dev.streamevent.runtime.sse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.streamevent.runtime.testsupport.RecordingSubscriber;
import dev.streamevent.runtime.testsupport.TypeOrInvalidDecoder;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class EventPublisherTest {

    private static final TypeOrInvalidDecoder DECODER = new TypeOrInvalidDecoder();

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stopExecutor() throws InterruptedException {
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS));
    }

    @Test
    void deliversNoMoreThanRequestedThenCompletes() throws InterruptedException {
        ScriptedSource source = ScriptedSource.ending(typed("a"), typed("b"), typed("c"));
        RecordingSubscriber<String> subscriber = subscribe(source);

        subscriber.requestAndAwait(2);
        assertEquals(List.of("a", "b"), subscriber.items);
        assertEquals(2, source.reads, "read ahead without demand");

        subscriber.requestAndAwait(1);
        subscriber.subscription().request(1);
        assertNull(subscriber.awaitEnd());
        assertEquals(List.of("a", "b", "c"), subscriber.items);
        assertTrue(source.closed.await(5, TimeUnit.SECONDS));
    }

    @Test
    void cancelClosesTheSourceAndStopsSignals() throws InterruptedException {
        ScriptedSource source = ScriptedSource.ending(typed("a"), typed("b"));
        RecordingSubscriber<String> subscriber = subscribe(source);
        subscriber.requestAndAwait(1);

        subscriber.subscription().cancel();
        subscriber.subscription().request(5);

        assertTrue(source.closed.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("a"), subscriber.items);
        assertFalse(subscriber.hasEnded());
    }

    @Test
    void inputFailureArrivesAsOnErrorAfterTheEvents() throws InterruptedException {
        SseException drop = new SseException("connection failed in the middle of an event", 7);
        ScriptedSource source = ScriptedSource.failing(drop, typed("a"));
        RecordingSubscriber<String> subscriber = subscribe(source);
        subscriber.subscription().request(Long.MAX_VALUE);
        assertSame(drop, subscriber.awaitError());
        assertEquals(List.of("a"), subscriber.items);
        assertTrue(source.isClosed());
    }

    @Test
    void nonPositiveRequestIsAnError() throws InterruptedException {
        RecordingSubscriber<String> subscriber = subscribe(ScriptedSource.ending(typed("a")));
        subscriber.subscription().request(0);
        assertInstanceOf(IllegalArgumentException.class, subscriber.awaitError());
    }

    @Test
    void failureToOpenArrivesAsOnError() throws InterruptedException {
        IOException refused = new IOException("refused");
        EventPublisher<String> publisher = new EventPublisher<>(() -> {
            throw refused;
        }, executor);
        RecordingSubscriber<String> subscriber = new RecordingSubscriber<>();
        publisher.subscribe(subscriber);
        assertSame(refused, subscriber.awaitError());
    }

    @Test
    void secondSubscriberIsRejected() throws InterruptedException {
        EventPublisher<String> publisher =
                EventPublisher.of(EventStream.of(ScriptedSource.ending(typed("a")), DECODER), executor);
        publisher.subscribe(new RecordingSubscriber<>());
        RecordingSubscriber<String> second = new RecordingSubscriber<>();
        publisher.subscribe(second);
        assertInstanceOf(IllegalStateException.class, second.awaitError());
    }

    private RecordingSubscriber<String> subscribe(ScriptedSource source) {
        RecordingSubscriber<String> subscriber = new RecordingSubscriber<>();
        EventPublisher.of(EventStream.of(source, DECODER), executor).subscribe(subscriber);
        return subscriber;
    }

    private static String typed(String type) {
        return "{\"type\":\"" + type + "\"}";
    }
}
