package dev.streamevent.runtime.sse;

import static dev.streamevent.runtime.sse.SseParserTest.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.streamevent.runtime.testsupport.TypeOrInvalidDecoder;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class EventStreamTest {

    private static final TypeOrInvalidDecoder DECODER = new TypeOrInvalidDecoder();

    @Test
    void decodesSseDataUntilDoneAndKeepsGoingPastMalformedEvents() {
        String body = ": OPENROUTER PROCESSING\n\n"
                + "event: response.created\ndata: {\"type\":\"response.created\"}\n\n"
                + "data: {\"type\": broken\n\n"
                + "data: {\"type\":\"keepalive\"}\n\n"
                + "data: [DONE]\n\n"
                + "data: {\"type\":\"after.done\"}\n\n";
        try (EventStream<String> events =
                EventStream.ofSse(new ByteArrayInputStream(bytes(body)), SseOptions.defaults(), DECODER)) {
            assertEquals(List.of("response.created", "INVALID:{\"type\": broken", "keepalive"),
                    events.stream().collect(Collectors.toList()));
        }
    }

    @Test
    void exhaustingTheStreamClosesTheSource() {
        ScriptedSource source = ScriptedSource.ending("{\"type\":\"a\"}");
        EventStream<String> events = EventStream.of(source, DECODER);
        assertEquals("a", events.next());
        assertFalse(source.isClosed());
        assertFalse(events.hasNext());
        assertTrue(source.isClosed());
        assertThrows(NoSuchElementException.class, events::next);
    }

    @Test
    void closingTheJavaStreamClosesTheSource() {
        ScriptedSource source = ScriptedSource.ending("{\"type\":\"a\"}", "{\"type\":\"b\"}");
        try (Stream<String> stream = EventStream.of(source, DECODER).stream()) {
            assertEquals("a", stream.findFirst().orElseThrow());
        }
        assertTrue(source.isClosed());
        assertEquals(1, source.reads);
    }

    @Test
    void failureComesAfterTheEventsReadBeforeItAndClosesTheSource() {
        SseException drop = new SseException("connection failed in the middle of an event", 42);
        ScriptedSource source = ScriptedSource.failing(drop, "{\"type\":\"a\"}", "{\"type\":\"b\"}");
        EventStream<String> events = EventStream.of(source, DECODER);
        List<String> received = new ArrayList<>();
        UncheckedIOException error = assertThrows(UncheckedIOException.class, () -> events.forEachRemaining(received::add));
        assertEquals(List.of("a", "b"), received);
        assertSame(drop, error.getCause());
        assertTrue(source.isClosed());
        assertFalse(events.hasNext());
    }

    @Test
    void closedStreamHasNoMoreEvents() {
        ScriptedSource source = ScriptedSource.ending("{\"type\":\"a\"}");
        EventStream<String> events = EventStream.of(source, DECODER);
        events.close();
        assertFalse(events.hasNext());
        assertEquals(0, source.reads);
    }
}
