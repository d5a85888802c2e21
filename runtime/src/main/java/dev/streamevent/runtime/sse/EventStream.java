package dev.streamevent.runtime.sse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Decoded events, read one at a time from a {@link PayloadSource}: an iterator that must be closed, and that closes
 * its source when it is closed, exhausted or failed.
 *
 * <pre>{@code
 * try (EventStream<ResponseStreamEvent> events =
 *         EventStream.ofSse(body, SseOptions.defaults(), ResponseStreamEventCodec.INSTANCE::decodeLenient)) {
 *     events.stream().forEach(this::handle);
 * }
 * }</pre>
 *
 * <p>Input failures surface from {@link #hasNext()} and {@link #next()} as {@link UncheckedIOException}, whose cause is
 * the {@link IOException} (usually an {@link SseException} with the byte offset). Not thread-safe, except that
 * {@link #close()} may be called from another thread to stop a blocked read.
 *
 * @param <T> the decoded type
 */
public final class EventStream<T> implements Iterator<T>, AutoCloseable {

    private final PayloadSource source;
    private final PayloadDecoder<? extends T> decoder;
    private T next;
    private boolean finished;
    private volatile boolean closed;

    private EventStream(PayloadSource source, PayloadDecoder<? extends T> decoder) {
        this.source = Objects.requireNonNull(source, "source");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    /**
     * Decodes the payloads of a source.
     *
     * @param source the payloads; closed with this stream
     * @param decoder decodes each payload, for example {@code FooCodec.INSTANCE::decodeLenient}
     * @param <T> the decoded type
     * @return the event stream
     */
    public static <T> EventStream<T> of(PayloadSource source, PayloadDecoder<? extends T> decoder) {
        return new EventStream<>(source, decoder);
    }

    /**
     * Decodes the data of each Server-Sent Event, up to {@code data: [DONE]} or the end of the input.
     *
     * @param input a {@code text/event-stream} body; closed with this stream
     * @param options the SSE size limit and end-of-stream behaviour
     * @param decoder decodes each event's data
     * @param <T> the decoded type
     * @return the event stream
     */
    public static <T> EventStream<T> ofSse(InputStream input, SseOptions options, PayloadDecoder<? extends T> decoder) {
        return of(new SsePayloadSource(new SseReader(input, options)), decoder);
    }

    /**
     * Decodes the events of a JSON Lines recording, in either {@link JsonLinesReader.Format}.
     *
     * @param input the JSON Lines bytes; closed with this stream
     * @param decoder decodes each event
     * @param <T> the decoded type
     * @return the event stream
     */
    public static <T> EventStream<T> ofJsonLines(InputStream input, PayloadDecoder<? extends T> decoder) {
        return of(new JsonLinesReader(input), decoder);
    }

    /**
     * Reads and decodes the next event if there is none waiting.
     *
     * @return {@code true} if {@link #next()} has an event to return; {@code false} at the end or after closing
     * @throws UncheckedIOException if the input fails; the stream is then closed
     */
    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (finished || closed) {
            return false;
        }
        byte[] payload = readPayload();
        if (payload == null) {
            finished = true;
            close();
            return false;
        }
        next = Objects.requireNonNull(decoder.decode(payload, 0, payload.length), "the decoder returned null");
        return true;
    }

    /**
     * Returns the next decoded event.
     *
     * @return the next event
     * @throws NoSuchElementException at the end of the stream
     * @throws UncheckedIOException if the input fails; the stream is then closed
     */
    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the event stream has ended");
        }
        T event = next;
        next = null;
        return event;
    }

    /**
     * Returns a sequential stream over the remaining events; closing it closes this event stream.
     *
     * @return the events as a {@link Stream}
     */
    public Stream<T> stream() {
        Spliterator<T> spliterator =
                Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false).onClose(this::close);
    }

    /**
     * Closes the source, and with it the connection or file behind it. Idempotent.
     *
     * @throws UncheckedIOException if closing the source fails
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            source.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private byte[] readPayload() {
        try {
            return source.nextPayload();
        } catch (IOException e) {
            finished = true;
            closeAfterFailure(e);
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private void closeAfterFailure(IOException failure) {
        try {
            close();
        } catch (UncheckedIOException closeFailure) {
            failure.addSuppressed(closeFailure.getCause());
        }
    }
}
