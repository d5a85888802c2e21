package dev.streamevent.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pull reader of UTF-8 JSON that works on the bytes directly: no {@code String} or {@code char[]} copy of the input,
 * and no tree unless asked for one. It accepts exactly RFC 8259 JSON, validates UTF-8, and enforces {@link JsonLimits}.
 *
 * <p>Generated codecs drive it like this:
 *
 * <pre>{@code
 * reader.beginObject();
 * for (int field; (field = reader.nextField(NAMES)) != JsonReader.END; ) {
 *     switch (field) {
 *         case 0 -> itemId = reader.readString();
 *         case 1 -> outputIndex = reader.readInt();
 *         default -> reader.skipValue();
 *     }
 * }
 * }</pre>
 *
 * <p>Every error is a {@link JsonException} with the byte offset, line, column, JSON path and an excerpt. Nesting is
 * tracked on an explicit stack, so deep input meets the depth limit, never a {@code StackOverflowError}.
 *
 * <p>Escaped lone surrogates such as {@code "\uD800"} are accepted and kept as the single UTF-16 unit they name; the
 * writer escapes them back, so such strings round-trip exactly and the output is still valid UTF-8. Raw bytes that
 * encode a surrogate are invalid UTF-8 and are rejected.
 *
 * <p>A reader is not thread-safe; it is cheap to create, one per document.
 */
public final class JsonReader {

    /** {@link #nextField(JsonNames)}: the object ended; its <code>}</code> was consumed. */
    public static final int END = -2;
    /** {@link #nextField(JsonNames)} and {@link #readStringIndex(JsonNames)}: the string is not in the table. */
    public static final int UNKNOWN = -1;

    private static final byte IN_OBJECT = 1;
    private static final byte IN_ARRAY = 2;
    private static final int INITIAL_LEVELS = 16;

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };

    private final byte[] buf;
    private final int start;
    private final int end;
    private final JsonLimits limits;
    private int pos;

    /** Nesting: level 0 is the root; levels 1..depth are open containers. */
    private int depth;
    private byte[] kinds = new byte[INITIAL_LEVELS];
    /** Members read so far in an object, elements in an array. */
    private int[] counts = new int[INITIAL_LEVELS];
    /** Where the current member's name starts (its opening quote), for paths and {@link #currentName()}. */
    private int[] namePositions = new int[INITIAL_LEVELS];
    /** The index matched by the previous member of this object: the next one is tried first. */
    private int[] hints = new int[INITIAL_LEVELS];

    /** Scratch space for strings that need decoding (escapes, non-ASCII). */
    private char[] chars = new char[64];
    /** Set while a name is decoded for a path, so that an error in it does not describe the path again. */
    private boolean describingPath;
    /** The string last read by {@link #readStringIndex(JsonNames)}, kept for {@link #lastString()}. */
    private int lastStringStart = -1;

    private JsonReader(byte[] buf, int start, int end, JsonLimits limits) {
        this.buf = buf;
        this.start = start;
        this.end = end;
        this.pos = start;
        this.limits = limits;
    }

    /**
     * @param json a whole UTF-8 JSON document
     * @return a reader over it, with the default limits
     */
    public static JsonReader of(byte[] json) {
        return of(json, 0, json.length, JsonLimits.DEFAULT);
    }

    /**
     * @param json an array holding a UTF-8 JSON document
     * @param offset where the document starts
     * @param length how many bytes it has
     * @return a reader over it, with the default limits
     */
    public static JsonReader of(byte[] json, int offset, int length) {
        return of(json, offset, length, JsonLimits.DEFAULT);
    }

    /**
     * @param json an array holding a UTF-8 JSON document
     * @param offset where the document starts
     * @param length how many bytes it has
     * @param limits the limits to enforce
     * @return a reader over it
     * @throws JsonException if the document is larger than {@link JsonLimits#maxDocumentSize()}
     * @throws IndexOutOfBoundsException if offset and length do not fit the array
     */
    public static JsonReader of(byte[] json, int offset, int length, JsonLimits limits) {
        java.util.Objects.checkFromIndexSize(offset, length, json.length);
        JsonReader reader = new JsonReader(json, offset, offset + length, limits);
        if (length > limits.maxDocumentSize()) {
            throw reader.limitExceeded("maxDocumentSize", limits.maxDocumentSize());
        }
        return reader;
    }

    /**
     * Reads a whole document from a stream, holding at most {@link JsonLimits#maxDocumentSize()} bytes of it.
     *
     * @param in the stream; it is read to its end but not closed
     * @param limits the limits to enforce
     * @return a reader over the document
     * @throws JsonException if the stream holds more than the document size limit
     * @throws UncheckedIOException if reading the stream fails
     */
    public static JsonReader of(InputStream in, JsonLimits limits) {
        int max = limits.maxDocumentSize();
        byte[] data = new byte[Math.min(8192, max + 1)];
        int size = 0;
        try {
            for (int n; (n = in.read(data, size, data.length - size)) != -1; ) {
                size += n;
                if (size > max) {
                    JsonReader partial = new JsonReader(data, 0, size, limits);
                    partial.pos = max;
                    throw partial.limitExceeded("maxDocumentSize", max);
                }
                if (size == data.length) {
                    data = Arrays.copyOf(data, (int) Math.min((long) max + 1, data.length * 2L));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the JSON document", e);
        }
        return new JsonReader(data, 0, size, limits);
    }

    /**
     * @param in the stream; it is read to its end but not closed
     * @return a reader over the document, with the default limits
     */
    public static JsonReader of(InputStream in) {
        return of(in, JsonLimits.DEFAULT);
    }

    /**
     * @return the limits this reader enforces
     */
    public JsonLimits limits() {
        return limits;
    }

    // ------------------------------------------------------------------------------------------------ structure

    /**
     * Tells what kind of value comes next, skipping whitespace but consuming nothing else.
     *
     * @return the kind of the next value
     * @throws JsonException if no value starts here
     */
    public JsonToken peek() {
        skipWhitespace();
        if (pos >= end) {
            throw error("unexpected end of input, expected a value");
        }
        switch (buf[pos]) {
            case '{': return JsonToken.OBJECT;
            case '[': return JsonToken.ARRAY;
            case '"': return JsonToken.STRING;
            case 't': return JsonToken.TRUE;
            case 'f': return JsonToken.FALSE;
            case 'n': return JsonToken.NULL;
            case '-': case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
                return JsonToken.NUMBER;
            default:
                throw unexpected("a value");
        }
    }

    /**
     * Consumes the <code>{</code> that starts an object.
     *
     * @throws JsonException if the next value is not an object
     */
    public void beginObject() {
        expectOpen('{', IN_OBJECT, "an object");
    }

    /**
     * Consumes the {@code [} that starts an array.
     *
     * @throws JsonException if the next value is not an array
     */
    public void beginArray() {
        expectOpen('[', IN_ARRAY, "an array");
    }

    private void expectOpen(char bracket, byte kind, String what) {
        skipWhitespace();
        if (pos >= end || buf[pos] != bracket) {
            throw unexpected(what);
        }
        pos++;
        push(kind);
    }

    private void push(byte kind) {
        int level = depth + 1;
        if (level > limits.maxDepth()) {
            throw limitExceeded("maxDepth", limits.maxDepth());
        }
        if (level == kinds.length) {
            int size = kinds.length * 2;
            kinds = Arrays.copyOf(kinds, size);
            counts = Arrays.copyOf(counts, size);
            namePositions = Arrays.copyOf(namePositions, size);
            hints = Arrays.copyOf(hints, size);
        }
        depth = level;
        kinds[level] = kind;
        counts[level] = 0;
        namePositions[level] = -1;
        hints[level] = 0;
    }

    /**
     * Moves to the next member of the current object and matches its name against a table.
     *
     * @param names the names the caller knows, in declaration order
     * @return the name's index in {@code names}, {@link #UNKNOWN} for any other name (its value is next; skip it),
     *     or {@link #END} when the object ended
     * @throws JsonException if the input is not a well-formed member here
     */
    public int nextField(JsonNames names) {
        if (!advanceToName()) {
            return END;
        }
        int level = depth;
        int nameStart = pos + 1;
        int nameEnd = scanName();
        int index;
        if (nameEnd >= 0) {
            index = names.find(buf, nameStart, nameEnd - nameStart, hints[level]);
        } else {
            index = names.find(decodeStringAt(nameStart - 1));
        }
        if (index >= 0) {
            hints[level] = index + 1;
        }
        expectColon();
        return index;
    }

    /**
     * Moves to the next member of the current object; its name is then {@link #currentName()}.
     *
     * @return {@code true} if a member follows, {@code false} when the object ended
     * @throws JsonException if the input is not a well-formed member here
     */
    public boolean nextField() {
        if (!advanceToName()) {
            return false;
        }
        scanName();
        expectColon();
        return true;
    }

    /**
     * @return the name of the member last moved to by {@code nextField}
     * @throws IllegalStateException if no member has been read in the current object
     */
    public String currentName() {
        if (depth == 0 || kinds[depth] != IN_OBJECT || namePositions[depth] < 0) {
            throw new IllegalStateException("not inside an object member");
        }
        return decodeStringAt(namePositions[depth]);
    }

    /**
     * Moves to the next element of the current array.
     *
     * @return {@code true} if another element follows, {@code false} when the array ended
     * @throws JsonException if the input is not a well-formed array here
     */
    public boolean nextElement() {
        skipWhitespace();
        if (depth == 0 || kinds[depth] != IN_ARRAY) {
            throw new IllegalStateException("not inside an array");
        }
        if (pos >= end) {
            throw error("unexpected end of input inside an array, expected ',' or ']'");
        }
        byte b = buf[pos];
        if (b == ']') {
            pos++;
            depth--;
            return false;
        }
        if (counts[depth] > 0) {
            if (b != ',') {
                throw unexpected("',' or ']'");
            }
            pos++;
        }
        counts[depth]++;
        return true;
    }

    /** Consumes the separator or the closing brace, and leaves pos on the opening quote of the next name. */
    private boolean advanceToName() {
        skipWhitespace();
        int level = depth;
        if (level == 0 || kinds[level] != IN_OBJECT) {
            throw new IllegalStateException("not inside an object");
        }
        if (pos >= end) {
            throw error("unexpected end of input inside an object, expected " + (counts[level] == 0 ? "a name or '}'" : "',' or '}'"));
        }
        byte b = buf[pos];
        if (b == '}') {
            pos++;
            depth--;
            return false;
        }
        if (counts[level] > 0) {
            if (b != ',') {
                throw unexpected("',' or '}'");
            }
            pos++;
            skipWhitespace();
            if (pos >= end || buf[pos] != '"') {
                throw unexpected("a member name");
            }
        } else if (b != '"') {
            throw unexpected("a member name or '}'");
        }
        counts[level]++;
        namePositions[level] = pos;
        return true;
    }

    /**
     * Scans the name at pos (its opening quote), validating it, and leaves pos after its closing quote.
     *
     * @return the end of the name's bytes if they need no decoding, or -1 if the name has escapes
     */
    private int scanName() {
        scanString(limits.maxNameLength(), "maxNameLength");
        return simpleStringEnd;
    }

    private void expectColon() {
        skipWhitespace();
        if (pos >= end || buf[pos] != ':') {
            throw unexpected("':'");
        }
        pos++;
    }

    /**
     * Requires that only whitespace follows the root value.
     *
     * @throws JsonException if anything else follows, or a container is still open
     */
    public void endOfDocument() {
        if (depth != 0) {
            throw error("the document ended inside " + (kinds[depth] == IN_OBJECT ? "an object" : "an array"));
        }
        skipWhitespace();
        if (pos < end) {
            throw unexpected("the end of the document");
        }
    }

    /**
     * Snapshots the position, so that an object can be read a second time (for example after looking for its
     * discriminator).
     *
     * @return an opaque mark for {@link #reset(long)}
     */
    public long mark() {
        skipWhitespace();
        return ((long) depth << 32) | (pos & 0xFFFFFFFFL);
    }

    /**
     * Returns to a mark taken by {@link #mark()} in this reader, at the same or a shallower depth than now.
     *
     * @param mark the mark
     */
    public void reset(long mark) {
        int markDepth = (int) (mark >>> 32);
        if (markDepth > depth) {
            throw new IllegalStateException("cannot reset into a container that has been closed");
        }
        depth = markDepth;
        pos = (int) mark;
    }

    /**
     * @return the current byte offset from the start of the document
     */
    public int offset() {
        return pos - start;
    }

    // ------------------------------------------------------------------------------------------------ literals

    /**
     * Consumes a {@code null} if one comes next.
     *
     * @return {@code true} if a {@code null} was consumed, {@code false} if another value comes next (not consumed)
     */
    public boolean tryReadNull() {
        skipWhitespace();
        if (pos < end && buf[pos] == 'n') {
            expectLiteral("null");
            return true;
        }
        return false;
    }

    /**
     * @return the boolean that comes next
     * @throws JsonException if the next value is not {@code true} or {@code false}
     */
    public boolean readBoolean() {
        skipWhitespace();
        if (pos < end) {
            if (buf[pos] == 't') {
                expectLiteral("true");
                return true;
            }
            if (buf[pos] == 'f') {
                expectLiteral("false");
                return false;
            }
        }
        throw unexpected("a boolean");
    }

    private void expectLiteral(String literal) {
        int length = literal.length();
        if (end - pos < length) {
            throw error("unexpected end of input, expected '" + literal + "'");
        }
        for (int i = 0; i < length; i++) {
            if (buf[pos + i] != literal.charAt(i)) {
                pos += i;
                throw unexpected("'" + literal + "'");
            }
        }
        pos += length;
    }

    // ------------------------------------------------------------------------------------------------ strings

    /** Set by {@link #scanString}: the end of the string's bytes when they need no decoding, else -1. */
    private int simpleStringEnd;

    /**
     * @return the string that comes next
     * @throws JsonException if the next value is not a valid string
     */
    public String readString() {
        skipWhitespace();
        if (pos >= end || buf[pos] != '"') {
            throw unexpected("a string");
        }
        int contentStart = pos + 1;
        // Fast path: printable ASCII with no escapes, the shape of nearly every id and type.
        int i = contentStart;
        int limit = Math.min(end, contentStart + limits.maxStringLength());
        while (i < limit) {
            byte b = buf[i];
            if (b == '"') {
                pos = i + 1;
                return new String(buf, contentStart, i - contentStart, StandardCharsets.ISO_8859_1);
            }
            if (b < 0x20 || b == '\\') {
                break;
            }
            i++;
        }
        return decodeString(limits.maxStringLength());
    }

    /**
     * Reads a string value and finds it in a table, allocating nothing when it is there.
     *
     * @param values the known values
     * @return the index in {@code values}, or {@link #UNKNOWN}; then {@link #lastString()} gives the string
     * @throws JsonException if the next value is not a valid string
     */
    public int readStringIndex(JsonNames values) {
        skipWhitespace();
        if (pos >= end || buf[pos] != '"') {
            throw unexpected("a string");
        }
        lastStringStart = pos;
        int contentStart = pos + 1;
        scanString(limits.maxStringLength(), "maxStringLength");
        if (simpleStringEnd >= 0) {
            return values.find(buf, contentStart, simpleStringEnd - contentStart, -1);
        }
        return values.find(decodeStringAt(lastStringStart));
    }

    /**
     * @return the string read by the last {@link #readStringIndex(JsonNames)}
     * @throws IllegalStateException if there was none
     */
    public String lastString() {
        if (lastStringStart < 0) {
            throw new IllegalStateException("no string has been read by readStringIndex");
        }
        return decodeStringAt(lastStringStart);
    }

    /** Decodes the already validated string whose opening quote is at {@code quote}, without moving pos. */
    private String decodeStringAt(int quote) {
        int saved = pos;
        pos = quote;
        try {
            return decodeString(Math.max(limits.maxStringLength(), limits.maxNameLength()));
        } finally {
            pos = saved;
        }
    }

    /**
     * The general string path, with pos on the opening quote: validates and decodes escapes and UTF-8 into the
     * scratch buffer, and leaves pos after the closing quote.
     */
    private String decodeString(int maxLength) {
        pos++;
        int budgetEnd = (int) Math.min(end, (long) pos + maxLength);
        int length = 0;
        while (true) {
            if (pos >= budgetEnd) {
                if (pos >= end) {
                    throw error("unexpected end of input inside a string");
                }
                throw limitExceeded("maxStringLength", limits.maxStringLength());
            }
            int b = buf[pos];
            if (length + 2 > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + 2));
            }
            if (b == '"') {
                pos++;
                return new String(chars, 0, length);
            }
            if (b == '\\') {
                length = decodeEscape(length);
            } else if (b >= 0x20) {
                chars[length++] = (char) b;
                pos++;
            } else if (b >= 0) {
                throw error("control character U+" + hex4(b) + " must be escaped inside a string");
            } else {
                int codePoint = decodeUtf8();
                if (codePoint >= 0x10000) {
                    chars[length++] = Character.highSurrogate(codePoint);
                    chars[length++] = Character.lowSurrogate(codePoint);
                } else {
                    chars[length++] = (char) codePoint;
                }
            }
        }
    }

    private int decodeEscape(int length) {
        if (pos + 1 >= end) {
            throw error("unexpected end of input inside an escape");
        }
        byte e = buf[pos + 1];
        char c;
        switch (e) {
            case '"': c = '"'; break;
            case '\\': c = '\\'; break;
            case '/': c = '/'; break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'n': c = '\n'; break;
            case 'r': c = '\r'; break;
            case 't': c = '\t'; break;
            case 'u':
                pos += 2;
                chars[length] = (char) readHex4();
                return length + 1;
            default:
                pos++;
                throw error("invalid escape '\\" + printable(e) + "'; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
        }
        chars[length] = c;
        pos += 2;
        return length + 1;
    }

    private int readHex4() {
        if (end - pos < 4) {
            throw error("unexpected end of input inside a \\u escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(buf[pos] & 0xFF, 16);
            if (digit < 0 || buf[pos] < 0) {
                throw error("a \\u escape needs four hex digits");
            }
            value = value << 4 | digit;
            pos++;
        }
        return value;
    }

    /** Decodes one UTF-8 sequence at pos (its lead byte is not ASCII), rejecting every invalid form. */
    private int decodeUtf8() {
        int lead = buf[pos] & 0xFF;
        int needed;
        int min;
        int codePoint;
        if (lead >= 0xC2 && lead <= 0xDF) {
            needed = 1;
            min = 0x80;
            codePoint = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            needed = 2;
            min = 0x800;
            codePoint = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            needed = 3;
            min = 0x10000;
            codePoint = lead & 0x07;
        } else {
            throw error("invalid UTF-8 byte 0x" + Integer.toHexString(lead));
        }
        if (end - pos <= needed) {
            throw error("truncated UTF-8 sequence");
        }
        for (int i = 1; i <= needed; i++) {
            int next = buf[pos + i] & 0xFF;
            if ((next & 0xC0) != 0x80) {
                throw error("invalid UTF-8 continuation byte 0x" + Integer.toHexString(next));
            }
            codePoint = codePoint << 6 | (next & 0x3F);
        }
        if (codePoint < min) {
            throw error("overlong UTF-8 encoding");
        }
        if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
            throw error("UTF-8 encoding of a surrogate U+" + hex4(codePoint));
        }
        if (codePoint > 0x10FFFF) {
            throw error("UTF-8 code point above U+10FFFF");
        }
        pos += needed + 1;
        return codePoint;
    }

    /**
     * Validates the string at pos (its opening quote) without building it, and leaves pos after it. Sets
     * {@link #simpleStringEnd} to the position of the closing quote when the content is plain (no escapes), else -1.
     *
     * @return the position after the closing quote
     */
    private int scanString(int maxLength, String limitName) {
        int contentStart = pos + 1;
        int budgetEnd = (int) Math.min(end, (long) contentStart + maxLength);
        int i = contentStart;
        boolean plain = true;
        while (true) {
            if (i >= budgetEnd) {
                pos = i;
                if (i >= end) {
                    throw error("unexpected end of input inside a string");
                }
                throw limitExceeded(limitName, maxLength);
            }
            int b = buf[i];
            if (b == '"') {
                simpleStringEnd = plain ? i : -1;
                pos = i + 1;
                return pos;
            }
            if (b >= 0x20 && b != '\\') {
                i++;
            } else if (b == '\\') {
                plain = false;
                pos = i;
                decodeEscape(0);
                i = pos;
            } else if (b >= 0) {
                pos = i;
                throw error("control character U+" + hex4(b) + " must be escaped inside a string");
            } else {
                pos = i;
                decodeUtf8();
                i = pos;
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ numbers

    /** Set by {@link #scanNumber()}: whether the literal has a fraction or an exponent. */
    private boolean numberIsIntegral;

    /**
     * Validates the number literal at pos against the RFC 8259 grammar and the length limit, and leaves pos after it.
     *
     * @return where the literal started
     */
    private int scanNumber() {
        skipWhitespace();
        int numberStart = pos;
        int limit = (int) Math.min(end, (long) pos + limits.maxNumberLength() + 1);
        int i = pos;
        if (i < end && buf[i] == '-') {
            i++;
        }
        if (i >= end || buf[i] < '0' || buf[i] > '9') {
            if (i == numberStart) {
                throw unexpected("a number");
            }
            pos = i;
            throw error("a minus sign must be followed by a digit");
        }
        if (buf[i] == '0') {
            i++;
            if (i < end && buf[i] >= '0' && buf[i] <= '9') {
                pos = i;
                throw error("numbers must not have leading zeros");
            }
        } else {
            while (i < limit && buf[i] >= '0' && buf[i] <= '9') {
                i++;
            }
        }
        boolean integral = true;
        if (i < end && buf[i] == '.') {
            integral = false;
            i++;
            int digits = i;
            while (i < limit && buf[i] >= '0' && buf[i] <= '9') {
                i++;
            }
            if (i == digits) {
                pos = i;
                throw error("a decimal point must be followed by a digit");
            }
        }
        if (i < end && (buf[i] == 'e' || buf[i] == 'E')) {
            integral = false;
            i++;
            if (i < end && (buf[i] == '+' || buf[i] == '-')) {
                i++;
            }
            int digits = i;
            while (i < limit && buf[i] >= '0' && buf[i] <= '9') {
                i++;
            }
            if (i == digits) {
                pos = i;
                throw error("an exponent must have a digit");
            }
        }
        if (i - numberStart > limits.maxNumberLength()) {
            pos = numberStart;
            throw limitExceeded("maxNumberLength", limits.maxNumberLength());
        }
        numberIsIntegral = integral;
        pos = i;
        return numberStart;
    }

    /**
     * @return the number that comes next, which must be an integer in the range of {@code int}
     * @throws JsonException if it is not a number, not an integer, or out of range
     */
    public int readInt() {
        long value = readLong();
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw error("number " + value + " is out of range for int");
        }
        return (int) value;
    }

    /**
     * @return the number that comes next, which must be an integer in the range of {@code long}. Integral values
     *     written with a fraction or exponent, such as {@code 2.0} or {@code 1e3}, are accepted.
     * @throws JsonException if it is not a number, not an integer, or out of range
     */
    public long readLong() {
        skipWhitespace();
        int numberStart = pos;
        // Fast path: up to 18 digits cannot overflow a long.
        int i = pos;
        boolean negative = i < end && buf[i] == '-';
        if (negative) {
            i++;
        }
        int digitsStart = i;
        long value = 0;
        while (i < end && i - digitsStart < 18) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            value = value * 10 + d;
            i++;
        }
        int digits = i - digitsStart;
        if (digits > 0 && (i >= end || !isNumberContinuation(buf[i])) && !(digits > 1 && buf[digitsStart] == '0')) {
            pos = i;
            return negative ? -value : value;
        }
        scanNumber();
        String literal = new String(buf, numberStart, pos - numberStart, StandardCharsets.ISO_8859_1);
        try {
            if (numberIsIntegral) {
                return Long.parseLong(literal);
            }
            return new BigDecimal(literal).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            pos = numberStart;
            throw error(numberIsIntegral ? "number " + literal + " is out of range for long"
                    : "number " + literal + " is not an integer in the range of long");
        }
    }

    private static boolean isNumberContinuation(byte b) {
        return (b >= '0' && b <= '9') || b == '.' || b == 'e' || b == 'E';
    }

    /**
     * @return the number that comes next, correctly rounded to the nearest {@code double}
     * @throws JsonException if it is not a number, or too large for a {@code double}
     */
    public double readDouble() {
        int numberStart = scanNumber();
        double value = fastDouble(numberStart, pos);
        if (Double.isNaN(value)) {
            value = Double.parseDouble(new String(buf, numberStart, pos - numberStart, StandardCharsets.ISO_8859_1));
        }
        if (Double.isInfinite(value)) {
            int after = pos;
            pos = numberStart;
            throw error("number " + new String(buf, numberStart, after - numberStart, StandardCharsets.ISO_8859_1)
                    + " is too large for a double");
        }
        return value;
    }

    /**
     * Clinger's fast path: with at most 15 significant digits and a small power of ten, one IEEE operation on exact
     * operands gives the correctly rounded result. Returns NaN when the literal is outside that case.
     */
    private double fastDouble(int from, int to) {
        int i = from;
        boolean negative = buf[i] == '-';
        if (negative) {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        for (; i < to && buf[i] >= '0' && buf[i] <= '9'; i++) {
            mantissa = mantissa * 10 + (buf[i] - '0');
            if (mantissa != 0) {
                digits++;
            }
        }
        if (i < to && buf[i] == '.') {
            for (i++; i < to && buf[i] >= '0' && buf[i] <= '9'; i++) {
                mantissa = mantissa * 10 + (buf[i] - '0');
                scale--;
                if (mantissa != 0) {
                    digits++;
                }
            }
        }
        if (i < to) {
            return Double.NaN; // an exponent: leave it to the JDK
        }
        if (digits > 15 || -scale >= POWERS_OF_TEN.length) {
            return Double.NaN;
        }
        double value = scale == 0 ? mantissa : mantissa / POWERS_OF_TEN[-scale];
        return negative ? -value : value;
    }

    /**
     * @return the number that comes next, correctly rounded to the nearest {@code float}
     * @throws JsonException if it is not a number, or too large for a {@code float}
     */
    public float readFloat() {
        int numberStart = scanNumber();
        float value = Float.parseFloat(new String(buf, numberStart, pos - numberStart, StandardCharsets.ISO_8859_1));
        if (Float.isInfinite(value)) {
            pos = numberStart;
            throw error("number is too large for a float");
        }
        return value;
    }

    /**
     * @return the number that comes next, exactly
     * @throws JsonException if it is not a number, or its exponent is out of {@code BigDecimal}'s range
     */
    public BigDecimal readBigDecimal() {
        int numberStart = scanNumber();
        try {
            return new BigDecimal(new String(buf, numberStart, pos - numberStart, StandardCharsets.ISO_8859_1));
        } catch (NumberFormatException e) {
            pos = numberStart;
            throw error("number exponent is out of range");
        }
    }

    /**
     * @return the number that comes next, which must be an integer; integral values with a fraction or exponent are
     *     accepted while their digits stay within {@link JsonLimits#maxNumberLength()}
     * @throws JsonException if it is not a number or not an integer
     */
    public BigInteger readBigInteger() {
        int numberStart = pos;
        BigDecimal decimal = readBigDecimal();
        if (numberIsIntegral) {
            return decimal.toBigInteger();
        }
        // Guard before the exact conversion: 1e2000000000 would otherwise build a two-billion-digit integer.
        if ((long) decimal.precision() - decimal.scale() > limits.maxNumberLength()) {
            pos = numberStart;
            throw limitExceeded("maxNumberLength", limits.maxNumberLength());
        }
        try {
            return decimal.toBigIntegerExact();
        } catch (ArithmeticException e) {
            pos = numberStart;
            throw error("number is not an integer");
        }
    }

    // ------------------------------------------------------------------------------------------------ any value

    /**
     * Skips the next value, whatever its shape, validating it as fully as reading would.
     *
     * @throws JsonException if the value is malformed or exceeds a limit
     */
    public void skipValue() {
        int base = depth;
        skipScalarOrOpen();
        while (depth > base) {
            boolean more = kinds[depth] == IN_OBJECT ? nextField() : nextElement();
            if (more) {
                skipScalarOrOpen();
            }
        }
    }

    private void skipScalarOrOpen() {
        switch (peek()) {
            case OBJECT:
                pos++;
                push(IN_OBJECT);
                break;
            case ARRAY:
                pos++;
                push(IN_ARRAY);
                break;
            case STRING:
                scanString(limits.maxStringLength(), "maxStringLength");
                break;
            case NUMBER:
                scanNumber();
                break;
            case TRUE:
                expectLiteral("true");
                break;
            case FALSE:
                expectLiteral("false");
                break;
            case NULL:
                expectLiteral("null");
                break;
        }
    }

    /**
     * Reads the next value, whatever its shape, as its exact bytes.
     *
     * @return a copy of the value's bytes, validated
     * @throws JsonException if the value is malformed or exceeds a limit
     */
    public byte[] readRawValue() {
        skipWhitespace();
        int valueStart = pos;
        skipValue();
        return Arrays.copyOfRange(buf, valueStart, pos);
    }

    /**
     * Reads the next value, whatever its shape, as a {@link JsonValue} tree. Objects keep their member order; a name
     * that appears twice keeps its last value. Numbers keep their literal, so nothing is lost.
     *
     * @return the value
     * @throws JsonException if the value is malformed or exceeds a limit
     */
    public JsonValue readValue() {
        // An explicit stack of open containers, so that depth is bounded by the limit, not by the thread's stack.
        List<Object> open = new ArrayList<>();
        List<String> pendingNames = new ArrayList<>();
        JsonValue value = readScalarOrOpen(open, pendingNames);
        while (true) {
            if (value != null) {
                if (open.isEmpty()) {
                    return value;
                }
                Object container = open.get(open.size() - 1);
                if (container instanceof Map) {
                    @SuppressWarnings("unchecked")
                    Map<String, JsonValue> members = (Map<String, JsonValue>) container;
                    members.put(pendingNames.get(pendingNames.size() - 1), value);
                } else {
                    @SuppressWarnings("unchecked")
                    List<JsonValue> elements = (List<JsonValue>) container;
                    elements.add(value);
                }
                value = null;
            }
            Object container = open.get(open.size() - 1);
            boolean more;
            if (container instanceof Map) {
                more = nextField();
                if (more) {
                    pendingNames.set(pendingNames.size() - 1, currentName());
                }
            } else {
                more = nextElement();
            }
            if (more) {
                value = readScalarOrOpen(open, pendingNames);
            } else {
                open.remove(open.size() - 1);
                pendingNames.remove(pendingNames.size() - 1);
                value = container instanceof Map
                        ? new JsonValue.ObjectValue(castMembers(container))
                        : new JsonValue.ArrayValue(castElements(container));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, JsonValue> castMembers(Object container) {
        return (Map<String, JsonValue>) container;
    }

    @SuppressWarnings("unchecked")
    private static List<JsonValue> castElements(Object container) {
        return (List<JsonValue>) container;
    }

    /** Reads a scalar and returns it, or opens a container, records it, and returns null. */
    private JsonValue readScalarOrOpen(List<Object> open, List<String> pendingNames) {
        switch (peek()) {
            case OBJECT:
                beginObject();
                open.add(new LinkedHashMap<String, JsonValue>());
                pendingNames.add(null);
                return null;
            case ARRAY:
                beginArray();
                open.add(new ArrayList<JsonValue>());
                pendingNames.add(null);
                return null;
            case STRING:
                return new JsonValue.StringValue(readString());
            case NUMBER: {
                int numberStart = scanNumber();
                return JsonValue.NumberValue.ofLiteral(
                        new String(buf, numberStart, pos - numberStart, StandardCharsets.ISO_8859_1));
            }
            case TRUE:
                expectLiteral("true");
                return JsonValue.BooleanValue.TRUE;
            case FALSE:
                expectLiteral("false");
                return JsonValue.BooleanValue.FALSE;
            default:
                expectLiteral("null");
                return JsonValue.NullValue.INSTANCE;
        }
    }

    // ------------------------------------------------------------------------------------------------ errors

    /**
     * An error for a required property that the object just read did not have. Call it after the object's end.
     *
     * @param jsonName the missing member's name
     * @return the exception to throw, with the path of the missing member
     */
    public JsonException missingProperty(String jsonName) {
        return errorAt(pos, "missing required property '" + jsonName + "'", pathWith(jsonName));
    }

    /**
     * An error for a declared member that appears a second time in one object. Call it right after
     * {@link #nextField(JsonNames)} returned the member's index.
     *
     * @return the exception to throw
     */
    public JsonException duplicateProperty() {
        return errorAt(namePositions[depth], "duplicate property '" + currentName() + "'", path());
    }

    /**
     * An error at the current position and path.
     *
     * @param message what went wrong
     * @return the exception to throw
     */
    public JsonException error(String message) {
        return errorAt(pos, message, path());
    }

    private JsonException unexpected(String expected) {
        if (pos >= end) {
            return error("unexpected end of input, expected " + expected);
        }
        return error("expected " + expected + " but found " + describeByte(buf[pos]));
    }

    private JsonException limitExceeded(String limit, int value) {
        return error("input exceeds the limit " + limit + "=" + value
                + " (raise it with JsonLimits.with" + Character.toUpperCase(limit.charAt(0)) + limit.substring(1) + ")");
    }

    private JsonException errorAt(int at, String message, String path) {
        int offset = Math.max(start, Math.min(at, end));
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++) {
            if (buf[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonException(message, offset - start, line, offset - lineStart + 1, path, excerpt(offset));
    }

    /**
     * @return the JSON path of the value at the current position, such as {@code $.output[2].content}
     */
    public String path() {
        if (describingPath) {
            return "?"; // a name in the path is itself malformed; its own error is discarded
        }
        StringBuilder path = new StringBuilder("$");
        for (int level = 1; level <= depth; level++) {
            if (kinds[level] == IN_OBJECT) {
                if (namePositions[level] >= 0) {
                    appendName(path, safeNameAt(namePositions[level]));
                }
            } else if (counts[level] > 0) {
                path.append('[').append(counts[level] - 1).append(']');
            }
        }
        return path.toString();
    }

    private String pathWith(String name) {
        StringBuilder path = new StringBuilder(path());
        appendName(path, name);
        return path.toString();
    }

    private static void appendName(StringBuilder path, String name) {
        boolean simple = !name.isEmpty();
        for (int i = 0; i < name.length() && simple; i++) {
            char c = name.charAt(i);
            simple = c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9');
        }
        if (simple) {
            path.append('.').append(name);
        } else {
            path.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
        }
    }

    /** Decodes a name for an error message; a name that is itself malformed is shown as a placeholder. */
    private String safeNameAt(int quote) {
        int savedPos = pos;
        describingPath = true;
        try {
            return decodeStringAt(quote);
        } catch (JsonException e) {
            return "?";
        } finally {
            pos = savedPos;
            describingPath = false;
        }
    }

    /** A short excerpt of the input around the offset, escaped, with the failure marked; never beyond the input. */
    private String excerpt(int offset) {
        int from = Math.max(start, offset - 24);
        int to = Math.min(end, offset + 24);
        StringBuilder out = new StringBuilder();
        if (from > start) {
            out.append("...");
        }
        for (int i = from; i < to; i++) {
            if (i == offset) {
                out.append(">>>");
            }
            int b = buf[i] & 0xFF;
            if (b >= 0x20 && b < 0x7F) {
                out.append((char) b);
            } else if (b == '\n') {
                out.append("\\n");
            } else if (b == '\r') {
                out.append("\\r");
            } else if (b == '\t') {
                out.append("\\t");
            } else {
                out.append("\\x").append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 0xF, 16));
            }
        }
        if (offset >= to) {
            out.append(">>>");
        }
        if (to < end) {
            out.append("...");
        }
        return out.toString();
    }

    private static String describeByte(byte b) {
        return b >= 0x20 && b < 0x7F ? "'" + (char) b + "'" : "byte 0x" + Integer.toHexString(b & 0xFF);
    }

    private static String printable(byte b) {
        return b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : "\\x" + Integer.toHexString(b & 0xFF);
    }

    private static String hex4(int value) {
        String hex = Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT);
        return "0000".substring(Math.min(4, hex.length())) + hex;
    }

    private void skipWhitespace() {
        while (pos < end) {
            byte b = buf[pos];
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                pos++;
            } else {
                return;
            }
        }
    }
}
