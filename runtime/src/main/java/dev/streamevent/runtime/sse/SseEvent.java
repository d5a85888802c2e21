package dev.streamevent.runtime.sse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One dispatched Server-Sent Event.
 *
 * <p>The data stays the bytes received, so that a JSON decoder reads it without a detour through {@code String}. For a
 * valid UTF-8 stream these bytes are exactly the UTF-8 encoding of the spec's data string. Invalid UTF-8 is left as it
 * is in {@link #data()} (a JSON decoder reports it); {@link #dataAsString()} replaces it with U+FFFD, as the spec's
 * decoding does.
 */
public final class SseEvent {

    /** The event type used when the stream names none. */
    public static final String DEFAULT_EVENT_TYPE = "message";

    private static final int TO_STRING_DATA_CHARS = 80;

    private final String eventType;
    private final byte[] data;
    private final String lastEventId;
    private final OptionalLong retryMillis;
    /** Decoded on first use; a racy cache is harmless because every thread decodes the same string. */
    private String dataText;

    /**
     * Creates an event, copying the data.
     *
     * @param eventType the event type, {@value #DEFAULT_EVENT_TYPE} when the stream named none
     * @param data the data bytes, data lines joined with LF
     * @param lastEventId the last event ID at dispatch, empty when none was set
     * @param retryMillis the reconnection time sent since the previous event, if any
     * @return the event
     */
    public static SseEvent of(String eventType, byte[] data, String lastEventId, OptionalLong retryMillis) {
        return new SseEvent(eventType, data.clone(), lastEventId, retryMillis);
    }

    /** Takes ownership of {@code data}: the parser hands over a fresh array, so no copy is needed. */
    SseEvent(String eventType, byte[] data, String lastEventId, OptionalLong retryMillis) {
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.data = Objects.requireNonNull(data, "data");
        this.lastEventId = Objects.requireNonNull(lastEventId, "lastEventId");
        this.retryMillis = Objects.requireNonNull(retryMillis, "retryMillis");
    }

    /**
     * Returns the event type: the last {@code event} field of the event, or {@value #DEFAULT_EVENT_TYPE}.
     *
     * @return the event type, never empty
     */
    public String eventType() {
        return eventType;
    }

    /**
     * Returns the data bytes without copying them: the event's {@code data} lines joined with LF. The array belongs
     * to this event, so do not modify it.
     *
     * @return the data bytes, exactly as long as the data
     */
    public byte[] data() {
        return data;
    }

    /**
     * Returns the data as text, with invalid UTF-8 replaced by U+FFFD.
     *
     * @return the decoded data
     */
    public String dataAsString() {
        String text = dataText;
        if (text == null) {
            text = new String(data, StandardCharsets.UTF_8);
            dataText = text;
        }
        return text;
    }

    /**
     * Returns whether the data is exactly the given ASCII text, without decoding it.
     *
     * @param ascii the text to compare with; only ASCII characters can match
     * @return {@code true} if the data bytes spell exactly {@code ascii}
     */
    public boolean dataEquals(String ascii) {
        if (data.length != ascii.length()) {
            return false;
        }
        for (int i = 0; i < data.length; i++) {
            if (data[i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the last event ID at the time this event was dispatched. It persists across events until an {@code id}
     * field changes it.
     *
     * @return the last event ID, empty when none was set
     */
    public String lastEventId() {
        return lastEventId;
    }

    /**
     * Returns the reconnection time from the last valid {@code retry} field received since the previous event.
     *
     * @return the reconnection time in milliseconds, or empty when none was received
     */
    public OptionalLong retryMillis() {
        return retryMillis;
    }

    @Override
    public boolean equals(Object other) {
        return other == this
                || other instanceof SseEvent that
                        && eventType.equals(that.eventType)
                        && Arrays.equals(data, that.data)
                        && lastEventId.equals(that.lastEventId)
                        && retryMillis.equals(that.retryMillis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventType, Arrays.hashCode(data), lastEventId, retryMillis);
    }

    @Override
    public String toString() {
        String text = dataAsString();
        String shown = text.length() <= TO_STRING_DATA_CHARS ? text : text.substring(0, TO_STRING_DATA_CHARS) + "…";
        return "SseEvent{eventType=" + eventType + ", data=" + shown + ", dataBytes=" + data.length
                + ", lastEventId=" + lastEventId + ", retryMillis=" + retryMillis + "}";
    }
}
