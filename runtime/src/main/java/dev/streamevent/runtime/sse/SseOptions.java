package dev.streamevent.runtime.sse;

/**
 * How an SSE parser or reader behaves. Immutable; start from {@link #defaults()} and change what you need:
 * {@code SseOptions.defaults().withMaxEventBytes(1 << 20)}.
 *
 * @param maxEventBytes the most bytes one event may hold while it is being read: its data so far plus the line being
 *     read. Exceeding it raises {@link SseException}, so a hostile or broken server cannot exhaust memory. Comment
 *     lines are skipped without being buffered and never count
 * @param dispatchIncompleteEventAtEof whether, at end of stream, a last event that lacks its terminating blank line is
 *     still delivered (its unfinished last line is processed first). The WHATWG rules discard it, which is the
 *     default; some servers forget the final blank line
 */
public record SseOptions(int maxEventBytes, boolean dispatchIncompleteEventAtEof) {

    /** The default event size limit: 16 MiB, room for base64 images sent inside one event. */
    public static final int DEFAULT_MAX_EVENT_BYTES = 16 * 1024 * 1024;

    private static final SseOptions DEFAULTS = new SseOptions(DEFAULT_MAX_EVENT_BYTES, false);

    /**
     * Checks the values.
     *
     * @param maxEventBytes the most bytes of data plus current line one event may hold, at least 1
     * @param dispatchIncompleteEventAtEof whether an unterminated last event is delivered at end of stream
     * @throws IllegalArgumentException if {@code maxEventBytes} is not positive
     */
    public SseOptions {
        if (maxEventBytes <= 0) {
            throw new IllegalArgumentException("maxEventBytes must be positive, got " + maxEventBytes);
        }
    }

    /**
     * Returns the defaults: a 16 MiB event limit and spec behaviour at end of stream.
     *
     * @return the default options
     */
    public static SseOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another event size limit.
     *
     * @param limit the most bytes of data plus current line one event may hold, at least 1
     * @return the changed options
     * @throws IllegalArgumentException if {@code limit} is not positive
     */
    public SseOptions withMaxEventBytes(int limit) {
        return new SseOptions(limit, dispatchIncompleteEventAtEof);
    }

    /**
     * Returns a copy that does or does not deliver an unterminated last event at end of stream.
     *
     * @param dispatch {@code true} to deliver it, {@code false} to discard it as the WHATWG rules say
     * @return the changed options
     */
    public SseOptions withDispatchIncompleteEventAtEof(boolean dispatch) {
        return new SseOptions(maxEventBytes, dispatch);
    }
}
