package dev.streamevent.runtime.sse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the conformance vectors do not cover: limits, raw data bytes, buffer kinds and the parser's life cycle. */
@Timeout(10)
class SseParserTest {

    private final List<SseEvent> events = new ArrayList<>();

    @Test
    void eventJustUnderTheLimitPasses() throws SseException {
        // "data: " + 10 bytes + LF = 17 bytes of line; the data buffer then holds 11.
        SseParser parser = new SseParser(SseOptions.defaults().withMaxEventBytes(17), events::add);
        parser.feed(bytes("data: 0123456789\n\n"));
        assertEquals("0123456789", events.get(0).dataAsString());
    }

    @Test
    void eventJustOverTheLimitFailsAtTheFirstByteThatDoesNotFit() {
        SseParser parser = new SseParser(SseOptions.defaults().withMaxEventBytes(16), events::add);
        SseException error = assertThrows(SseException.class, () -> parser.feed(bytes("data: 0123456789\n\n")));
        assertEquals(16, error.byteOffset()); // the LF, the 17th byte of the line
        assertTrue(error.getMessage().contains("limit of 16 bytes"), error.getMessage());
        assertTrue(events.isEmpty());
    }

    @Test
    void dataOfEarlierLinesCountsTowardsTheLimit() {
        SseParser parser = new SseParser(SseOptions.defaults().withMaxEventBytes(20), events::add);
        // The first line leaves 7 bytes of data; the second line may then hold 13 bytes at most.
        SseException error = assertThrows(SseException.class,
                () -> feedOneByteAtATime(parser, bytes("data: 012345\ndata: 0123456789\n\n")));
        assertEquals(13 + 13, error.byteOffset());
    }

    @Test
    void longLineSpanningChunksFailsBeforeItIsComplete() {
        SseParser parser = new SseParser(SseOptions.defaults().withMaxEventBytes(1000), events::add);
        byte[] chunk = bytes("data: " + "x".repeat(600));
        assertThrows(SseException.class, () -> {
            parser.feed(chunk);
            parser.feed(chunk); // no line ending anywhere: must fail without waiting for one
        });
    }

    @Test
    void commentsLongerThanTheLimitAreSkippedWithoutBuffering() throws SseException {
        SseParser parser = new SseParser(SseOptions.defaults().withMaxEventBytes(32), events::add);
        parser.feed(bytes(":" + "k".repeat(10_000)));
        parser.feed(bytes("k".repeat(10_000) + "\ndata: ok\n\n"));
        assertEquals("ok", events.get(0).dataAsString());
    }

    @Test
    void offsetsCountTheByteOrderMark() {
        SseParser parser = new SseParser(SseOptions.defaults().withMaxEventBytes(4), events::add);
        SseException error = assertThrows(SseException.class, () -> parser.feed(bytes("\uFEFFdata: x\n\n")));
        assertEquals(3 + 4, error.byteOffset());
    }

    @Test
    void dataStaysRawBytesWhileTheStringReplacesInvalidUtf8() throws SseException {
        SseParser parser = new SseParser(events::add);
        parser.feed(new byte[] {'d', 'a', 't', 'a', ':', 'a', (byte) 0xFF, 'b', '\n', '\n'});
        assertArrayEquals(new byte[] {'a', (byte) 0xFF, 'b'}, events.get(0).data());
        assertEquals("a\uFFFDb", events.get(0).dataAsString());
    }

    @Test
    void bytesThatOnlyBeginLikeAByteOrderMarkAreKept() throws SseException {
        SseParser parser = new SseParser(events::add);
        parser.feed(new byte[] {(byte) 0xEF});
        parser.feed(new byte[] {(byte) 0xBB});
        parser.feed(bytes("data: x\n\ndata: y\n\n"));
        // The first field name is EF BB "data", which is unknown; only the second event survives.
        assertEquals(List.of("y"), dataOf(events));
    }

    @Test
    void directAndReadOnlyBuffersAreConsumed() throws SseException {
        SseParser parser = new SseParser(events::add);
        ByteBuffer direct = ByteBuffer.allocateDirect(64).put(bytes("data: a\n\n")).flip();
        ByteBuffer readOnly = ByteBuffer.wrap(bytes("data: b\n\n")).asReadOnlyBuffer();
        parser.feed(direct);
        parser.feed(readOnly);
        assertEquals(List.of("a", "b"), dataOf(events));
        assertFalse(direct.hasRemaining());
        assertFalse(readOnly.hasRemaining());
    }

    @Test
    void hugeRetrySaturatesInsteadOfOverflowing() throws SseException {
        SseParser parser = new SseParser(events::add);
        parser.feed(bytes("retry: 99999999999999999999999\ndata: x\n\n"));
        assertEquals(OptionalLong.of(Long.MAX_VALUE), events.get(0).retryMillis());
    }

    @Test
    void reportsWhetherAnEventIsUnderway() throws SseException {
        SseParser parser = new SseParser(events::add);
        assertFalse(parser.hasPartialEvent());
        parser.feed(bytes(": comment\n\n"));
        assertFalse(parser.hasPartialEvent());
        parser.feed(bytes("data: x\n"));
        assertTrue(parser.hasPartialEvent());
        parser.feed(bytes("\n"));
        assertFalse(parser.hasPartialEvent());
        parser.feed(bytes("da"));
        assertTrue(parser.hasPartialEvent());
        assertEquals(22, parser.position());
    }

    @Test
    void parserIsUnusableAfterEndOrFailure() throws SseException {
        SseParser ended = new SseParser(events::add);
        ended.endOfStream();
        assertThrows(IllegalStateException.class, () -> ended.feed(bytes("data: x\n\n")));

        SseParser failed = new SseParser(SseOptions.defaults().withMaxEventBytes(1), events::add);
        assertThrows(SseException.class, () -> failed.feed(bytes("data: x\n\n")));
        assertThrows(IllegalStateException.class, failed::endOfStream);
    }

    @Test
    void optionsRejectANonPositiveLimit() {
        assertThrows(IllegalArgumentException.class, () -> SseOptions.defaults().withMaxEventBytes(0));
    }

    private static void feedOneByteAtATime(SseParser parser, byte[] input) throws SseException {
        for (int i = 0; i < input.length; i++) {
            parser.feed(input, i, 1);
        }
    }

    static List<String> dataOf(List<SseEvent> events) {
        List<String> data = new ArrayList<>();
        events.forEach(event -> data.add(event.dataAsString()));
        return data;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
