package dev.streamevent.runtime.sse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * A push-style Server-Sent Events parser: feed it the stream's bytes in chunks of any size, and it hands each
 * dispatched event to a listener. It follows the WHATWG HTML "interpreting an event stream" rules:
 * <ul>
 *   <li>LF, CR and CRLF end lines, also when a CRLF is split between two chunks;</li>
 *   <li>one UTF-8 byte order mark at the very start of the stream is skipped, even when split between chunks;</li>
 *   <li>lines starting with {@code :} are comments; a field name ends at the first colon, and one space after it is
 *       removed;</li>
 *   <li>{@code data} lines are joined with LF; {@code event} sets the type (default {@code message}); {@code id} sets
 *       the last event ID, which persists, unless its value contains NUL; {@code retry} counts only when it is all
 *       ASCII digits;</li>
 *   <li>a blank line dispatches the event, unless its data is empty; an unterminated event at end of stream is
 *       discarded unless {@link SseOptions#dispatchIncompleteEventAtEof()} asks for it.</li>
 * </ul>
 * Lines are split on bytes. Because every delimiter is ASCII, this gives the same result as decoding the stream to
 * text first, while the data can stay bytes.
 *
 * <p>Not thread-safe. After it throws, a parser is unusable.
 */
public final class SseParser {

    private static final byte LF = '\n';
    private static final byte CR = '\r';
    private static final byte COLON = ':';
    private static final byte SPACE = ' ';
    private static final byte NUL = 0;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] DATA = ascii("data");
    private static final byte[] EVENT = ascii("event");
    private static final byte[] ID = ascii("id");
    private static final byte[] RETRY = ascii("retry");
    private static final int DIRECT_BUFFER_SLICE = 8192;

    private enum State { OPEN, ENDED, FAILED }

    private final SseOptions options;
    private final Consumer<? super SseEvent> listener;

    /** The unfinished line, when a line spans chunks; complete lines inside one chunk are parsed in place. */
    private final GrowableBytes line = new GrowableBytes();
    private final GrowableBytes data = new GrowableBytes();
    private String eventType = "";
    private String lastEventId = "";
    private OptionalLong retryMillis = OptionalLong.empty();

    private int bomBytesMatched;
    private boolean bomDecided;
    /** Comment lines are dropped byte by byte, so a long comment needs no memory. */
    private boolean skippingComment;
    /** A CR ended the last line: an LF that follows, perhaps in the next chunk, belongs to the same line ending. */
    private boolean lastByteWasCr;
    /** Offset in the stream of the next byte to be parsed. */
    private long position;
    private State state = State.OPEN;

    /**
     * Creates a parser with {@link SseOptions#defaults()}.
     *
     * @param listener receives each dispatched event, on the thread that feeds the parser
     */
    public SseParser(Consumer<? super SseEvent> listener) {
        this(SseOptions.defaults(), listener);
    }

    /**
     * Creates a parser.
     *
     * @param options the size limit and end-of-stream behaviour
     * @param listener receives each dispatched event, on the thread that feeds the parser
     */
    public SseParser(SseOptions options, Consumer<? super SseEvent> listener) {
        this.options = Objects.requireNonNull(options, "options");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Parses the next chunk of the stream. Events completed by it go to the listener before this returns.
     *
     * @param bytes the chunk
     * @throws SseException if an event grows beyond {@link SseOptions#maxEventBytes()}
     * @throws IllegalStateException if the parser has ended or failed
     */
    public void feed(byte[] bytes) throws SseException {
        feed(bytes, 0, bytes.length);
    }

    /**
     * Parses the next chunk of the stream. Events completed by it go to the listener before this returns.
     *
     * @param bytes an array holding the chunk
     * @param offset where the chunk starts
     * @param length how many bytes it has
     * @throws SseException if an event grows beyond {@link SseOptions#maxEventBytes()}
     * @throws IllegalStateException if the parser has ended or failed
     * @throws IndexOutOfBoundsException if the range lies outside the array
     */
    public void feed(byte[] bytes, int offset, int length) throws SseException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        ensureOpen();
        try {
            parse(bytes, offset, offset + length);
        } catch (SseException | RuntimeException e) {
            state = State.FAILED;
            throw e;
        }
    }

    /**
     * Parses the buffer's remaining bytes and advances its position to its limit.
     *
     * @param buffer the chunk; heap, direct and read-only buffers all work
     * @throws SseException if an event grows beyond {@link SseOptions#maxEventBytes()}
     * @throws IllegalStateException if the parser has ended or failed
     */
    public void feed(ByteBuffer buffer) throws SseException {
        if (buffer.hasArray()) {
            feed(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
            buffer.position(buffer.limit());
            return;
        }
        byte[] slice = new byte[Math.min(buffer.remaining(), DIRECT_BUFFER_SLICE)];
        while (buffer.hasRemaining()) {
            int count = Math.min(buffer.remaining(), slice.length);
            buffer.get(slice, 0, count);
            feed(slice, 0, count);
        }
    }

    /**
     * Ends the stream. An event without its terminating blank line is discarded, or dispatched when
     * {@link SseOptions#dispatchIncompleteEventAtEof()} is set.
     *
     * @throws SseException if flushing the last event exceeds the size limit
     * @throws IllegalStateException if the parser has already ended or failed
     */
    public void endOfStream() throws SseException {
        ensureOpen();
        try {
            if (!bomDecided) {
                replayPartialBom();
            }
            if (options.dispatchIncompleteEventAtEof()) {
                if (!line.isEmpty()) {
                    processLine(line.array(), 0, line.length());
                    line.clear();
                }
                dispatch();
            }
            state = State.ENDED;
        } catch (SseException | RuntimeException e) {
            state = State.FAILED;
            throw e;
        }
    }

    /**
     * Returns how many bytes of the stream have been parsed.
     *
     * @return the offset of the next byte, counted from the first byte of the stream
     */
    public long position() {
        return position;
    }

    /**
     * Returns whether an event has been started but not yet dispatched: a line is unfinished, or data or an event
     * type is pending. Lets a reader tell a connection that broke mid-event from one that broke between events.
     *
     * @return {@code true} if stopping now would lose part of an event
     */
    public boolean hasPartialEvent() {
        return !line.isEmpty() || !data.isEmpty() || !eventType.isEmpty();
    }

    private void ensureOpen() {
        if (state != State.OPEN) {
            throw new IllegalStateException("the SSE parser has " + (state == State.ENDED ? "ended" : "failed"));
        }
    }

    private void parse(byte[] bytes, int start, int end) throws SseException {
        int i = start;
        if (!bomDecided) {
            i = skipBom(bytes, i, end);
        }
        while (i < end) {
            if (lastByteWasCr) {
                lastByteWasCr = false;
                if (bytes[i] == LF) {
                    i++;
                    position++;
                    continue;
                }
            }
            int lineEnd = indexOfLineEnd(bytes, i, end);
            if (lineEnd == end) {
                bufferPartialLine(bytes, i, end);
                position += end - i;
                return;
            }
            finishLine(bytes, i, lineEnd);
            lastByteWasCr = bytes[lineEnd] == CR;
            position += lineEnd + 1 - i;
            i = lineEnd + 1;
        }
    }

    /** Matches the BOM byte by byte, so that it is found however the first chunks are cut. */
    private int skipBom(byte[] bytes, int start, int end) throws SseException {
        int i = start;
        while (i < end && bomBytesMatched < BOM.length) {
            if (bytes[i] != BOM[bomBytesMatched]) {
                replayPartialBom();
                return i;
            }
            bomBytesMatched++;
            i++;
        }
        if (bomBytesMatched == BOM.length) {
            bomDecided = true;
            position += BOM.length;
        }
        return i;
    }

    /** Bytes that began like a BOM but were not one are ordinary line content. */
    private void replayPartialBom() throws SseException {
        bomDecided = true;
        bufferPartialLine(BOM, 0, bomBytesMatched);
        position += bomBytesMatched;
    }

    private void bufferPartialLine(byte[] bytes, int start, int end) throws SseException {
        if (start == end || skippingComment) {
            return;
        }
        if (line.isEmpty() && bytes[start] == COLON) {
            skippingComment = true;
            return;
        }
        checkRoomForLine(end - start);
        line.append(bytes, start, end - start);
    }

    /** Ends the line {@code [start, end)} whose line ending is at {@code end}. */
    private void finishLine(byte[] bytes, int start, int end) throws SseException {
        if (skippingComment) {
            skippingComment = false;
            return;
        }
        // The line ending counts too, because a data line brings an LF into the data buffer.
        checkRoomForLine(end - start + 1);
        if (line.isEmpty()) {
            processLine(bytes, start, end);
            return;
        }
        line.append(bytes, start, end - start);
        processLine(line.array(), 0, line.length());
        line.clear();
    }

    /** The current position is the offset of the first of the {@code count} bytes about to join the line. */
    private void checkRoomForLine(int count) throws SseException {
        int room = options.maxEventBytes() - data.length() - line.length();
        if (count > room) {
            throw tooLarge(position + room);
        }
    }

    private SseException tooLarge(long offset) {
        return new SseException("SSE event exceeds the limit of " + options.maxEventBytes()
                + " bytes (data plus current line)", offset);
    }

    private void processLine(byte[] bytes, int start, int end) throws SseException {
        if (start == end) {
            dispatch();
            return;
        }
        if (bytes[start] == COLON) {
            return;
        }
        int colon = indexOf(bytes, start, end, COLON);
        int nameEnd = colon < 0 ? end : colon;
        int valueStart = colon < 0 ? end : colon + 1;
        if (valueStart < end && bytes[valueStart] == SPACE) {
            valueStart++;
        }
        processField(bytes, start, nameEnd, valueStart, end);
    }

    private void processField(byte[] bytes, int nameStart, int nameEnd, int valueStart, int valueEnd)
            throws SseException {
        if (nameIs(DATA, bytes, nameStart, nameEnd)) {
            appendData(bytes, valueStart, valueEnd);
        } else if (nameIs(EVENT, bytes, nameStart, nameEnd)) {
            eventType = utf8(bytes, valueStart, valueEnd);
        } else if (nameIs(ID, bytes, nameStart, nameEnd)) {
            if (indexOf(bytes, valueStart, valueEnd, NUL) < 0) {
                lastEventId = utf8(bytes, valueStart, valueEnd);
            }
        } else if (nameIs(RETRY, bytes, nameStart, nameEnd)) {
            parseRetry(bytes, valueStart, valueEnd);
        }
    }

    private void appendData(byte[] bytes, int start, int end) throws SseException {
        int count = end - start;
        // Only an unterminated line flushed at end of stream can get here without its line ending counted.
        if (data.length() + count + 1 > options.maxEventBytes()) {
            throw tooLarge(position);
        }
        data.append(bytes, start, count);
        data.append(LF);
    }

    private void parseRetry(byte[] bytes, int start, int end) {
        if (start == end) {
            return;
        }
        long millis = 0;
        for (int i = start; i < end; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                return;
            }
            millis = millis <= (Long.MAX_VALUE - digit) / 10 ? millis * 10 + digit : Long.MAX_VALUE;
        }
        retryMillis = OptionalLong.of(millis);
    }

    private void dispatch() {
        if (data.isEmpty()) {
            eventType = "";
            return;
        }
        byte[] payload = data.copyOf(data.length() - 1); // every data line appended an LF; drop the last
        SseEvent event = new SseEvent(
                eventType.isEmpty() ? SseEvent.DEFAULT_EVENT_TYPE : eventType, payload, lastEventId, retryMillis);
        data.clear();
        eventType = "";
        retryMillis = OptionalLong.empty();
        listener.accept(event);
    }

    private static int indexOfLineEnd(byte[] bytes, int start, int end) {
        for (int i = start; i < end; i++) {
            byte b = bytes[i];
            if (b == LF || b == CR) {
                return i;
            }
        }
        return end;
    }

    private static int indexOf(byte[] bytes, int start, int end, byte wanted) {
        for (int i = start; i < end; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static boolean nameIs(byte[] name, byte[] bytes, int start, int end) {
        return end - start == name.length && Arrays.equals(bytes, start, end, name, 0, name.length);
    }

    private static String utf8(byte[] bytes, int start, int end) {
        return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
