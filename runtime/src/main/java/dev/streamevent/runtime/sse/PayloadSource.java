package dev.streamevent.runtime.sse;

import java.io.Closeable;
import java.io.IOException;

/**
 * A source of event payloads: the JSON bytes of one event at a time, framed by SSE ({@link SsePayloadSource}) or
 * JSON Lines ({@link JsonLinesReader}).
 */
public interface PayloadSource extends Closeable {

    /** The payload that ends a Responses-API stream ({@code data: [DONE]}); it is never handed out as a payload. */
    String DONE = "[DONE]";

    /**
     * Reads the next payload.
     *
     * @return the next payload's bytes, a fresh array owned by the caller, or {@code null} at the end of the stream
     * @throws IOException if the input fails or breaks a framing limit ({@link SseException})
     */
    byte[] nextPayload() throws IOException;
}
