package dev.streamevent.runtime.sse;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * A pull-style Server-Sent Events reader over an {@link InputStream}, with the parsing rules of {@link SseParser}.
 *
 * <pre>{@code
 * try (SseReader reader = new SseReader(body)) {
 *     for (SseEvent event; (event = reader.read()) != null; ) {
 *         handle(event.data());
 *     }
 * }
 * }</pre>
 *
 * <p>Events completed before the input fails are all returned first; the failure then surfaces as an
 * {@link SseException} that says whether it broke an event and at which byte. Not thread-safe, except that
 * {@link #close()} may be called from another thread to abandon a blocked read.
 */
public final class SseReader implements Closeable {

    private static final int READ_BUFFER_BYTES = 8192;

    private final InputStream input;
    private final SseParser parser;
    private final ArrayDeque<SseEvent> ready = new ArrayDeque<>();
    private final byte[] buffer = new byte[READ_BUFFER_BYTES];
    private boolean endOfInput;
    /** A failure found while events completed before it still wait in {@link #ready}; thrown once they are read. */
    private SseException failure;

    /**
     * Creates a reader with {@link SseOptions#defaults()}.
     *
     * @param input the event stream's bytes; closed by {@link #close()}
     */
    public SseReader(InputStream input) {
        this(input, SseOptions.defaults());
    }

    /**
     * Creates a reader.
     *
     * @param input the event stream's bytes; closed by {@link #close()}
     * @param options the size limit and end-of-stream behaviour
     */
    public SseReader(InputStream input, SseOptions options) {
        this.input = Objects.requireNonNull(input, "input");
        this.parser = new SseParser(options, ready::add);
    }

    /**
     * Returns the next event, reading as much input as it takes.
     *
     * @return the next event, or {@code null} at the end of the stream
     * @throws SseException if an event is too large, or if the input fails; the message says whether the failure
     *     broke an event, and the byte offset where it happened
     */
    public SseEvent read() throws SseException {
        while (ready.isEmpty() && !endOfInput && failure == null) {
            try {
                parseMoreInput();
            } catch (SseException e) {
                failure = e;
            }
        }
        if (!ready.isEmpty()) {
            return ready.poll();
        }
        if (failure != null) {
            throw failure;
        }
        return null;
    }

    /**
     * Returns how many bytes of the stream have been parsed.
     *
     * @return the offset of the next byte, counted from the first byte of the stream
     */
    public long position() {
        return parser.position();
    }

    /**
     * Closes the input.
     *
     * @throws IOException if closing the input fails
     */
    @Override
    public void close() throws IOException {
        input.close();
    }

    private void parseMoreInput() throws SseException {
        int count = readInput();
        if (count < 0) {
            endOfInput = true;
            parser.endOfStream();
        } else {
            parser.feed(buffer, 0, count);
        }
    }

    private int readInput() throws SseException {
        try {
            return input.read(buffer);
        } catch (IOException e) {
            String where = parser.hasPartialEvent() ? "in the middle of an event" : "between events";
            throw new SseException("connection failed " + where, parser.position(), e);
        }
    }
}
