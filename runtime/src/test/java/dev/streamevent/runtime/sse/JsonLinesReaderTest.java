package dev.streamevent.runtime.sse;

import static dev.streamevent.runtime.sse.SseParserTest.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class JsonLinesReaderTest {

    @Test
    void plainLinesAreTheEvents() throws IOException {
        JsonLinesReader reader = reader("{\"type\":\"a\"}\r\n\n  \n{\"type\":\"b\"}");
        assertEquals(List.of("{\"type\":\"a\"}", "{\"type\":\"b\"}"), readAll(reader));
        assertEquals(JsonLinesReader.Format.PLAIN, reader.format());
    }

    @Test
    void wrappedLinesAreUnwrappedUntilDone() throws IOException {
        JsonLinesReader reader = reader("{\"json\":{\"type\":\"a\"}}\n"
                + "{ \"meta\" : {\"json\": [1, \"}\"]}, \"note\": \"a \\\" quote\", \"json\" : {\"type\":\"b\"} }\n"
                + "{\"text\":\"[DONE]\"}\n"
                + "{\"json\":{\"type\":\"after-done\"}}\n");
        assertEquals(List.of("{\"type\":\"a\"}", "{\"type\":\"b\"}"), readAll(reader));
        assertEquals(JsonLinesReader.Format.WRAPPED, reader.format());
    }

    @Test
    void wrappedLineWithoutEventIsHandedOverWhole() throws IOException {
        JsonLinesReader reader = reader("{\"json\":{\"type\":\"a\"}}\n{\"text\":\"hello\"}\n{\"json\":{\"oops\"\n");
        assertEquals(List.of("{\"type\":\"a\"}", "{\"text\":\"hello\"}", "{\"json\":{\"oops\""), readAll(reader));
    }

    @Test
    void lineOverTheLimitFailsWithItsOffset() throws IOException {
        JsonLinesReader reader = new JsonLinesReader(new ByteArrayInputStream(bytes("{}\n{\"type\":\"long\"}\n")), 8);
        assertEquals("{}", new String(reader.nextPayload(), StandardCharsets.UTF_8));
        SseException error = assertThrows(SseException.class, reader::nextPayload);
        assertEquals(3 + 8, error.byteOffset());
    }

    @Test
    void brokenInputReportsWhereItBroke() throws IOException {
        JsonLinesReader reader = new JsonLinesReader(new SseReaderTest.FailingAfter(bytes("{}\n{\"ty")));
        assertEquals("{}", new String(reader.nextPayload(), StandardCharsets.UTF_8));
        SseException error = assertThrows(SseException.class, reader::nextPayload);
        assertEquals("connection failed in the middle of a line at byte 7: java.io.IOException: connection reset",
                error.getMessage());
    }

    private static JsonLinesReader reader(String text) {
        return new JsonLinesReader(new ByteArrayInputStream(bytes(text)));
    }

    static List<String> readAll(PayloadSource source) throws IOException {
        List<String> payloads = new ArrayList<>();
        for (byte[] payload; (payload = source.nextPayload()) != null; ) {
            payloads.add(new String(payload, StandardCharsets.UTF_8));
        }
        assertNull(source.nextPayload());
        return payloads;
    }
}
