package dev.streamevent.runtime.sse;

import java.io.IOException;

/**
 * A failure while reading an event stream: an event larger than the configured limit, or a connection that broke. It
 * carries the byte offset in the stream where the problem was found.
 */
public final class SseException extends IOException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** Where in the stream the problem was found. */
    private final long byteOffset;

    /**
     * Creates an exception.
     *
     * @param message what went wrong; the offset is appended to it
     * @param byteOffset the offset in the stream, counted from its first byte (a BOM included)
     */
    public SseException(String message, long byteOffset) {
        this(message, byteOffset, null);
    }

    /**
     * Creates an exception caused by another failure.
     *
     * @param message what went wrong; the offset is appended to it
     * @param byteOffset the offset in the stream, counted from its first byte (a BOM included)
     * @param cause the underlying failure, or {@code null}
     */
    public SseException(String message, long byteOffset, Throwable cause) {
        super(message + " at byte " + byteOffset + (cause == null ? "" : ": " + cause), cause);
        this.byteOffset = byteOffset;
    }

    /**
     * Returns where the problem was found.
     *
     * @return the offset in the stream, counted from its first byte
     */
    public long byteOffset() {
        return byteOffset;
    }
}
