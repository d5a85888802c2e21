package dev.streamevent.runtime.sse;

import static dev.streamevent.runtime.sse.SseParserTest.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class SseReaderTest {

    @Test
    void deliversCompleteEventsThenReportsABreakInsideAnEvent() throws IOException {
        SseReader reader = new SseReader(new FailingAfter(bytes("data: one\n\ndata: two\n\ndata: thr")));
        assertEquals("one", reader.read().dataAsString());
        assertEquals("two", reader.read().dataAsString());
        SseException error = assertThrows(SseException.class, reader::read);
        assertEquals(31, error.byteOffset());
        assertTrue(error.getMessage().contains("in the middle of an event at byte 31"), error.getMessage());
        assertTrue(error.getCause() instanceof IOException);
    }

    @Test
    void reportsABreakBetweenEvents() throws IOException {
        SseReader reader = new SseReader(new FailingAfter(bytes("data: one\n\n")));
        assertEquals("one", reader.read().dataAsString());
        SseException error = assertThrows(SseException.class, reader::read);
        assertTrue(error.getMessage().contains("between events at byte 11"), error.getMessage());
    }

    @Test
    void eventsBeforeAnOversizedEventInTheSameReadAreDeliveredFirst() throws IOException {
        SseReader reader = new SseReader(new ByteArrayInputStream(bytes("data: a\n\ndata: b\n\ndata: too long\n\n")),
                SseOptions.defaults().withMaxEventBytes(9));
        assertEquals("a", reader.read().dataAsString());
        assertEquals("b", reader.read().dataAsString());
        SseException error = assertThrows(SseException.class, reader::read);
        assertEquals(18 + 9, error.byteOffset());
        assertThrows(SseException.class, reader::read); // and it stays failed
    }

    @Test
    void cleanEndWithoutBlankLineDropsTheUnfinishedEvent() throws IOException {
        SseReader reader = new SseReader(new ByteArrayInputStream(bytes("data: one\n\ndata: tw")));
        assertEquals("one", reader.read().dataAsString());
        assertNull(reader.read());
        assertNull(reader.read());
    }

    @Test
    void closeClosesTheInput() throws IOException {
        FailingAfter input = new FailingAfter(new byte[0]);
        new SseReader(input).close();
        assertTrue(input.closed);
    }

    /** Serves its bytes, then fails as a dropped connection does. */
    static final class FailingAfter extends InputStream {
        private final ByteArrayInputStream bytes;
        boolean closed;

        FailingAfter(byte[] content) {
            this.bytes = new ByteArrayInputStream(content);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (bytes.available() == 0) {
                throw new IOException("connection reset");
            }
            return bytes.read(target, offset, length);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
