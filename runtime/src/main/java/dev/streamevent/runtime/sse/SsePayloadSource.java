package dev.streamevent.runtime.sse;

import java.io.IOException;
import java.util.Objects;

/**
 * The data of each Server-Sent Event, as payloads. A {@code data: [DONE]} event ends the stream, as in the OpenAI and
 * OpenRouter Responses APIs; the {@code event} field is not consulted, since the JSON names its own type.
 */
public final class SsePayloadSource implements PayloadSource {

    private final SseReader reader;
    private boolean done;

    /**
     * Wraps a reader.
     *
     * @param reader the SSE reader; closed by {@link #close()}
     */
    public SsePayloadSource(SseReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /**
     * Returns the data of the next event.
     *
     * @return the data bytes of the next event, or {@code null} after {@code [DONE]} or at the end of the stream
     * @throws SseException if an event is too large or the input fails
     */
    @Override
    public byte[] nextPayload() throws SseException {
        if (done) {
            return null;
        }
        SseEvent event = reader.read();
        if (event == null || event.dataEquals(DONE)) {
            done = true;
            return null;
        }
        return event.data();
    }

    /**
     * Closes the reader and its input.
     *
     * @throws IOException if closing the input fails
     */
    @Override
    public void close() throws IOException {
        reader.close();
    }
}
