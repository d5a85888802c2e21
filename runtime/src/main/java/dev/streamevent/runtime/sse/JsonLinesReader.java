package dev.streamevent.runtime.sse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads recorded event streams stored as JSON Lines, one event per line, in either of two formats, detected from the
 * first non-blank line:
 * <ul>
 *   <li>{@link Format#PLAIN}: each line is the event's JSON;</li>
 *   <li>{@link Format#WRAPPED}: each line is {@code {"json": <event>}}, and {@code {"text":"[DONE]"}} ends the
 *       stream. A wrapped line without a {@code json} member is handed over whole, so that a lenient decoder keeps
 *       it as an invalid event instead of the stream losing it.</li>
 * </ul>
 * Lines end with LF or CRLF, the last one may lack its line ending, and blank lines are skipped.
 */
public final class JsonLinesReader implements PayloadSource {

    /** How the lines of a JSON Lines stream hold their events. */
    public enum Format {
        /** One event JSON per line. */
        PLAIN,
        /** One {@code {"json": <event>}} per line, ended by {@code {"text":"[DONE]"}}. */
        WRAPPED
    }

    private static final byte LF = '\n';
    private static final int READ_BUFFER_BYTES = 8192;
    private static final byte[] JSON_MEMBER = "json".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TEXT_MEMBER = "text".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] QUOTED_DONE = ("\"" + DONE + "\"").getBytes(StandardCharsets.US_ASCII);

    private final InputStream input;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[READ_BUFFER_BYTES];
    private int bufferStart;
    private int bufferEnd;
    private final GrowableBytes line = new GrowableBytes();
    /** Offset in the stream of the first byte not yet moved out of {@link #buffer}. */
    private long position;
    private boolean endOfInput;
    private boolean done;
    private Format format;

    /**
     * Creates a reader that accepts lines up to {@link SseOptions#DEFAULT_MAX_EVENT_BYTES}.
     *
     * @param input the JSON Lines bytes; closed by {@link #close()}
     */
    public JsonLinesReader(InputStream input) {
        this(input, SseOptions.DEFAULT_MAX_EVENT_BYTES);
    }

    /**
     * Creates a reader.
     *
     * @param input the JSON Lines bytes; closed by {@link #close()}
     * @param maxLineBytes the longest line accepted, line ending included
     * @throws IllegalArgumentException if {@code maxLineBytes} is not positive
     */
    public JsonLinesReader(InputStream input, int maxLineBytes) {
        if (maxLineBytes <= 0) {
            throw new IllegalArgumentException("maxLineBytes must be positive, got " + maxLineBytes);
        }
        this.input = Objects.requireNonNull(input, "input");
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Returns the next event's JSON bytes.
     *
     * @return the next event's JSON, or {@code null} after {@code [DONE]} or at the end of the input
     * @throws SseException if a line is longer than the limit, or the input fails
     */
    @Override
    public byte[] nextPayload() throws SseException {
        while (!done) {
            if (!readLine()) {
                done = true;
                break;
            }
            byte[] bytes = line.array();
            int start = JsonMemberScanner.skipWhitespace(bytes, 0, line.length());
            int end = trimTrailingWhitespace(bytes, start, line.length());
            if (start == end) {
                continue;
            }
            if (format == null) {
                format = isWrapped(bytes, start, end) ? Format.WRAPPED : Format.PLAIN;
            }
            if (format == Format.PLAIN) {
                return Arrays.copyOfRange(bytes, start, end);
            }
            ByteRange event = JsonMemberScanner.findMember(bytes, start, end, JSON_MEMBER);
            if (event != null) {
                return Arrays.copyOfRange(bytes, event.start(), event.end());
            }
            if (isDone(bytes, start, end)) {
                done = true;
                break;
            }
            return Arrays.copyOfRange(bytes, start, end);
        }
        return null;
    }

    /**
     * Returns the format detected from the first non-blank line.
     *
     * @return the format, or {@code null} before the first non-blank line has been read
     */
    public Format format() {
        return format;
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

    private static boolean isWrapped(byte[] bytes, int start, int end) {
        return JsonMemberScanner.findMember(bytes, start, end, JSON_MEMBER) != null
                || JsonMemberScanner.findMember(bytes, start, end, TEXT_MEMBER) != null;
    }

    private static boolean isDone(byte[] bytes, int start, int end) {
        ByteRange text = JsonMemberScanner.findMember(bytes, start, end, TEXT_MEMBER);
        return text != null
                && Arrays.equals(bytes, text.start(), text.end(), QUOTED_DONE, 0, QUOTED_DONE.length);
    }

    private static int trimTrailingWhitespace(byte[] bytes, int start, int end) {
        int i = end;
        while (i > start && JsonMemberScanner.isWhitespace(bytes[i - 1])) {
            i--;
        }
        return i;
    }

    /** Reads the next line, without its LF, into {@link #line}; returns {@code false} at the end of the input. */
    private boolean readLine() throws SseException {
        line.clear();
        while (true) {
            int lineFeed = indexOfLineFeed();
            int segmentEnd = lineFeed < 0 ? bufferEnd : lineFeed + 1;
            int segmentLength = segmentEnd - bufferStart;
            if (line.length() + segmentLength > maxLineBytes) {
                throw new SseException("JSON line exceeds the limit of " + maxLineBytes + " bytes",
                        position + maxLineBytes - line.length());
            }
            line.append(buffer, bufferStart, lineFeed < 0 ? segmentLength : segmentLength - 1);
            position += segmentLength;
            bufferStart = segmentEnd;
            if (lineFeed >= 0) {
                return true;
            }
            if (endOfInput) {
                return !line.isEmpty();
            }
            fillBuffer();
        }
    }

    private int indexOfLineFeed() {
        for (int i = bufferStart; i < bufferEnd; i++) {
            if (buffer[i] == LF) {
                return i;
            }
        }
        return -1;
    }

    private void fillBuffer() throws SseException {
        int count;
        try {
            count = input.read(buffer);
        } catch (IOException e) {
            String where = line.isEmpty() ? "between lines" : "in the middle of a line";
            throw new SseException("connection failed " + where, position, e);
        }
        bufferStart = 0;
        bufferEnd = Math.max(count, 0);
        endOfInput = count < 0;
    }
}
