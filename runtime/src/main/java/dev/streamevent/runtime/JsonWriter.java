package dev.streamevent.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes compact UTF-8 JSON into a growable byte buffer. Separators are placed for the caller, member names can be
 * copied pre-encoded from a {@link JsonNames}, and the output is always valid UTF-8: a lone surrogate in a Java string
 * is written as a {@code \}{@code uXXXX} escape.
 *
 * <p>Nesting is limited ({@link #create(int)}), so a cyclic value structure fails with a {@link JsonException} instead of
 * a {@code StackOverflowError}. A writer can be {@link #reset()} and reused; it is not thread-safe.
 */
public final class JsonWriter {

    /** The default nesting limit, the same as the reader's. */
    public static final int DEFAULT_MAX_DEPTH = 512;

    private static final int INITIAL_CAPACITY = 256;

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] LONG_MIN = Long.toString(Long.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);

    /** The most bytes one char can take: the six of a control character's unicode escape. */
    private static final int MAX_BYTES_PER_CHAR = 6;
    private static final int CHUNK_CHARS = 512;

    private byte[] buf;
    private int pos;
    /** Scratch for {@link #writeStringTail}, made on first use: most writers only ever write ASCII. */
    private char[] chars;
    private int depth;
    private final int maxDepth;
    /** Whether the next value or name needs a comma before it. */
    private boolean needsComma;
    /** Whether this is a thread's cached writer, lent out by {@link ThreadLocalCache} right now. */
    boolean lent;

    private JsonWriter(int capacity, int maxDepth) {
        this.buf = new byte[capacity];
        this.maxDepth = maxDepth;
    }

    /**
     * {@return a writer with the default nesting limit}
     */
    public static JsonWriter create() {
        return new JsonWriter(INITIAL_CAPACITY, DEFAULT_MAX_DEPTH);
    }

    /**
     * Creates a writer with a depth limit.
     *
     * @param maxDepth how deeply objects and arrays may nest
     * @return a writer with that nesting limit
     */
    public static JsonWriter create(int maxDepth) {
        if (maxDepth <= 0) {
            throw new IllegalArgumentException("maxDepth must be positive, was " + maxDepth);
        }
        return new JsonWriter(INITIAL_CAPACITY, maxDepth);
    }

    // ------------------------------------------------------------------------------------------------ structure

    /** Starts an object. */
    public void beginObject() {
        open('{');
    }

    /** Ends the current object. */
    public void endObject() {
        close('}');
    }

    /** Starts an array. */
    public void beginArray() {
        open('[');
    }

    /** Ends the current array. */
    public void endArray() {
        close(']');
    }

    private void open(char bracket) {
        if (depth == maxDepth) {
            throw new JsonException("nesting deeper than the writer's limit maxDepth=" + maxDepth
                    + " (a cyclic value, or raise it with JsonWriter.create(maxDepth))");
        }
        depth++;
        ensure(2);
        if (needsComma) {
            buf[pos++] = ',';
        }
        buf[pos++] = (byte) bracket;
        needsComma = false;
    }

    private void close(char bracket) {
        if (depth == 0) {
            throw new IllegalStateException("no open container to close");
        }
        depth--;
        ensure(1);
        buf[pos++] = (byte) bracket;
        needsComma = true;
    }

    /**
     * Writes a member name from a table, with the separator before it if needed, and the colon after it.
     *
     * @param names the table
     * @param index the name's index in it
     */
    public void name(JsonNames names, int index) {
        byte[] prefix = names.memberPrefix(index);
        ensure(prefix.length + 1);
        if (needsComma) {
            buf[pos++] = ',';
        }
        System.arraycopy(prefix, 0, buf, pos, prefix.length);
        pos += prefix.length;
        needsComma = false;
    }

    /**
     * Writes a member name, with the separator before it if needed, and the colon after it.
     *
     * @param name the name
     */
    public void name(String name) {
        name(name, false);
    }

    /** Like {@link #name(String)}, for a name that may be known to be plain, as {@link #value(String, boolean)} takes. */
    void name(String name, boolean plainAscii) {
        java.util.Objects.requireNonNull(name, "name");
        value(name, plainAscii);
        ensure(1);
        buf[pos++] = ':';
        needsComma = false;
    }

    // ------------------------------------------------------------------------------------------------ values

    /** Writes {@code null}. */
    public void nullValue() {
        raw(NULL);
    }

    /**
     * Writes a boolean.
     *
     * @param value the boolean to write
     */
    public void value(boolean value) {
        raw(value ? TRUE : FALSE);
    }

    /**
     * Writes a string value from a table, pre-encoded.
     *
     * @param values the table
     * @param index the string's index in it
     */
    public void value(JsonNames values, int index) {
        raw(values.quoted(index));
    }

    /**
     * Writes an {@code int}.
     *
     * @param value the number to write
     */
    public void value(int value) {
        value((long) value);
    }

    /**
     * Writes a {@code long}.
     *
     * @param value the number to write
     */
    public void value(long value) {
        ensure(21);
        if (needsComma) {
            buf[pos++] = ',';
        }
        needsComma = true;
        writeDigits(value);
    }

    /** Writes a long's decimal digits straight into the buffer; the caller has reserved 20 bytes. */
    private void writeDigits(long value) {
        if (value == Long.MIN_VALUE) {
            System.arraycopy(LONG_MIN, 0, buf, pos, LONG_MIN.length);
            pos += LONG_MIN.length;
            return;
        }
        if (value < 0) {
            buf[pos++] = '-';
            value = -value;
        }
        int at = pos + digitCount(value);
        pos = at;
        do {
            buf[--at] = (byte) ('0' + (int) (value % 10));
            value /= 10;
        } while (value != 0);
    }

    private static int digitCount(long value) {
        long limit = 10;
        for (int digits = 1; digits < 19; digits++) {
            if (value < limit) {
                return digits;
            }
            limit *= 10;
        }
        return 19;
    }

    /**
     * Writes a finite double so that reading it back gives the same double.
     *
     * @param value the number to write
     * @throws JsonException if it is NaN or infinite, which JSON cannot represent
     */
    public void value(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new JsonException("JSON cannot represent the double " + value);
        }
        if (value == (long) value && Math.abs(value) < 1e15 && !(value == 0 && 1 / value < 0)) {
            // Integral values are common (token counts typed as double): write the digits and ".0" directly, the
            // form Double.toString gives below 1e7, with no String made.
            ensure(21 + 2);
            if (needsComma) {
                buf[pos++] = ',';
            }
            needsComma = true;
            writeDigits((long) value);
            buf[pos++] = '.';
            buf[pos++] = '0';
            return;
        }
        asciiNumber(Double.toString(value));
    }

    /**
     * Writes a finite float so that reading it back gives the same float.
     *
     * @param value the number to write
     * @throws JsonException if it is NaN or infinite, which JSON cannot represent
     */
    public void value(float value) {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            throw new JsonException("JSON cannot represent the float " + value);
        }
        asciiNumber(Float.toString(value));
    }

    /**
     * Writes a {@code BigDecimal}.
     *
     * @param value the number to write, or {@code null} to write {@code null}
     */
    public void value(BigDecimal value) {
        if (value == null) {
            nullValue();
        } else {
            asciiNumber(value.toString());
        }
    }

    /**
     * Writes a {@code BigInteger}.
     *
     * @param value the number to write, or {@code null} to write {@code null}
     */
    public void value(BigInteger value) {
        if (value == null) {
            nullValue();
        } else {
            asciiNumber(value.toString());
        }
    }

    /**
     * Writes a generic JSON value.
     *
     * @param value the JSON value to write, or {@code null} to write {@code null}
     */
    public void value(JsonValue value) {
        if (value == null) {
            nullValue();
        } else {
            value.writeTo(this);
        }
    }

    /**
     * Writes a value of a tree the reader built, whose string may be known to be plain: such a
     * {@link JsonValue.StringValue} is copied as {@link #value(String, boolean)} copies one.
     */
    void treeValue(JsonValue value, boolean plainString) {
        if (plainString) {
            value(((JsonValue.StringValue) value).value(), true);
        } else {
            value.writeTo(this);
        }
    }

    /**
     * Writes a number literal that is already valid JSON.
     *
     * @param literal the literal, such as {@code 1.5e3}
     */
    void numberLiteral(String literal) {
        asciiNumber(literal);
    }

    private void asciiNumber(String literal) {
        int length = literal.length();
        ensure(length + 1);
        if (needsComma) {
            buf[pos++] = ',';
        }
        needsComma = true;
        for (int i = 0; i < length; i++) {
            buf[pos++] = (byte) literal.charAt(i);
        }
    }

    /**
     * Writes bytes that are already one valid JSON value, such as those captured by {@link JsonReader#readRawValue()}.
     * They are copied as they are, not checked: bytes that are not one valid JSON value make the output invalid.
     *
     * @param json the value's bytes
     */
    public void rawValue(byte[] json) {
        raw(json);
    }

    private void raw(byte[] bytes) {
        ensure(bytes.length + 1);
        if (needsComma) {
            buf[pos++] = ',';
        }
        needsComma = true;
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    /**
     * Writes a string, escaped; {@code null} writes {@code null}.
     *
     * @param value the string
     */
    public void value(String value) {
        value(value, false);
    }

    /**
     * Writes a string that may be known to need no escaping, as generated codecs do for strings their reader found
     * plain ({@link JsonReader#lastStringWasPlainAscii()}): such a string is copied in bulk, without the check of
     * every char that {@link #value(String)} makes. {@code null} writes {@code null}.
     *
     * @param value the string
     * @param plainAscii {@code true} only if every char of {@code value} is from U+0020 to U+007F and
     *     none is a quote or a backslash; if it is {@code true} for any other string, the output is not valid JSON
     */
    public void value(String value, boolean plainAscii) {
        if (value == null) {
            nullValue();
            return;
        }
        int length = value.length();
        ensure(length + 3);
        if (needsComma) {
            buf[pos++] = ',';
        }
        needsComma = true;
        buf[pos++] = '"';
        int clean = plainAscii ? length : plainAsciiPrefix(value);
        copyAscii(value, clean);
        if (clean < length) {
            writeStringTail(value, clean);
        }
        buf[pos++] = '"';
    }

    /**
     * {@return how many chars at the start need no escaping} A read-only scan, so that they can then be copied in
     * bulk.
     */
    private static int plainAsciiPrefix(String value) {
        int length = value.length();
        int clean = 0;
        while (clean < length && isPlain(value.charAt(clean))) {
            clean++;
        }
        return clean;
    }

    /**
     * Copies the first {@code count} chars, all ASCII, into the space already reserved. The deprecated
     * {@code String.getBytes(int, int, byte[], int)} is exactly right for ASCII, and the JDK copies a Latin-1 string's
     * bytes in one intrinsic.
     */
    @SuppressWarnings("deprecation")
    private void copyAscii(String value, int count) {
        value.getBytes(0, count, buf, pos);
        pos += count;
    }

    /**
     * Encodes the rest of a string from {@code from} on, and reserves one byte for the closing quote. It works
     * through a char array, a chunk at a time: {@code charAt} on a UTF-16 string checks its bounds on every call,
     * which made this loop most of the cost of writing long text.
     */
    private void writeStringTail(String value, int from) {
        int length = value.length();
        char[] chunk = chars == null ? (chars = new char[CHUNK_CHARS]) : chars;
        for (int start = from; start < length; ) {
            int count = Math.min(chunk.length, length - start);
            if (start + count < length && Character.isHighSurrogate(value.charAt(start + count - 1))) {
                count--; // keep a surrogate pair in one chunk
            }
            value.getChars(start, start + count, chunk, 0);
            start += count;
            ensure(count * MAX_BYTES_PER_CHAR);
            pos = encode(chunk, count, buf, pos);
        }
        ensure(1);
    }

    /**
     * Encodes chars as escaped UTF-8 into space already reserved, and returns the position after them. Text is mostly
     * runs of plain ASCII between a few special chars, so each run is found first and then copied in a loop of its
     * own: both loops are simple enough for the JIT to hoist their bounds checks and unroll them, which one loop
     * handling every case was not.
     */
    private static int encode(char[] chars, int count, byte[] out, int at) {
        int i = 0;
        while (true) {
            int runEnd = plainRun(chars, i, count);
            at = narrow(chars, i, runEnd, out, at);
            if (runEnd == count) {
                return at;
            }
            i = runEnd;
            char c = chars[i++];
            if (c < 0x80) {
                at = escapeAscii(c, out, at);
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i < count && Character.isLowSurrogate(chars[i])) {
                int codePoint = Character.toCodePoint(c, chars[i++]);
                out[at++] = (byte) (0xF0 | codePoint >> 18);
                out[at++] = (byte) (0x80 | (codePoint >> 12 & 0x3F));
                out[at++] = (byte) (0x80 | (codePoint >> 6 & 0x3F));
                out[at++] = (byte) (0x80 | (codePoint & 0x3F));
            } else if (Character.isSurrogate(c)) {
                // A lone surrogate has no UTF-8 form; the escape keeps it and keeps the output valid.
                at = unicodeEscape(c, out, at);
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | (c >> 6 & 0x3F));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    /** {@return the end of the run of chars from {@code from} on that are written as they are} */
    private static int plainRun(char[] chars, int from, int count) {
        int i = from;
        while (i < count && isPlain(chars[i])) {
            i++;
        }
        return i;
    }

    /** Whether a char is printable ASCII other than a quote or a backslash, so that its one byte is written as is. */
    private static boolean isPlain(char c) {
        // One unsigned comparison stands for c >= 0x20 && c < 0x80.
        return (char) (c - 0x20) < 0x60 && c != '"' && c != '\\';
    }

    /** Copies ASCII chars as bytes, and returns the position after them. */
    private static int narrow(char[] chars, int from, int to, byte[] out, int at) {
        int shift = at - from;
        for (int i = from; i < to; i++) {
            out[i + shift] = (byte) chars[i];
        }
        return to + shift;
    }

    private static int escapeAscii(char c, byte[] out, int at) {
        char escaped;
        switch (c) {
            case '"': escaped = '"'; break;
            case '\\': escaped = '\\'; break;
            case '\n': escaped = 'n'; break;
            case '\r': escaped = 'r'; break;
            case '\t': escaped = 't'; break;
            case '\b': escaped = 'b'; break;
            case '\f': escaped = 'f'; break;
            default: return unicodeEscape(c, out, at);
        }
        out[at] = '\\';
        out[at + 1] = (byte) escaped;
        return at + 2;
    }

    private static int unicodeEscape(char c, byte[] out, int at) {
        out[at] = '\\';
        out[at + 1] = 'u';
        out[at + 2] = HEX[c >> 12 & 0xF];
        out[at + 3] = HEX[c >> 8 & 0xF];
        out[at + 4] = HEX[c >> 4 & 0xF];
        out[at + 5] = HEX[c & 0xF];
        return at + 6;
    }

    // ------------------------------------------------------------------------------------------------ output

    /**
     * {@return how many bytes have been written}
     */
    public int size() {
        return pos;
    }

    /**
     * {@return a copy of the bytes written so far}
     */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    /**
     * Copies what was written so far to a stream.
     *
     * @param out where to copy the bytes written so far
     * @throws IOException if the stream fails
     */
    public void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, pos);
    }

    /** Forgets everything written, keeping the buffer for reuse. */
    public void reset() {
        pos = 0;
        depth = 0;
        needsComma = false;
    }

    /** How many bytes the buffer holds before it must grow; for tests of reuse. */
    int capacity() {
        return buf.length;
    }

    /** Like {@link #reset()}, but drops a buffer that grew beyond {@code maxRetained} bytes, so reuse can't hoard. */
    void resetAndTrim(int maxRetained) {
        reset();
        if (buf.length > maxRetained) {
            buf = new byte[INITIAL_CAPACITY];
        }
    }

    /**
     * @return the bytes written so far, decoded as UTF-8
     */
    @Override
    public String toString() {
        return new String(buf, 0, pos, StandardCharsets.UTF_8);
    }

    /**
     * Makes room for {@code extra} more bytes. Only the test is inlined at each of the many call sites; the growth,
     * which is rare, lives in {@link #grow}, so that large generated writers stay within C2's inlining budget.
     */
    private void ensure(int extra) {
        if (buf.length - pos < extra) {
            grow(extra);
        }
    }

    private void grow(int extra) {
        long needed = (long) pos + extra;
        if (needed > Integer.MAX_VALUE - 8) {
            throw new JsonException("output larger than a Java array can hold");
        }
        buf = Arrays.copyOf(buf, (int) Math.max(needed, Math.min(Integer.MAX_VALUE - 8, buf.length * 2L)));
    }
}
