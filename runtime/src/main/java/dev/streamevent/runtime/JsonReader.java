package dev.streamevent.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.OptionalLong;

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
    /** The largest array most JVMs can allocate. */
    private static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;
    /** Strings that decode to at most this many UTF-16 units are decoded in one pass; longer ones are scanned first. */
    private static final int ONE_PASS_SCRATCH = 1 << 16;
    /** Scratch space at or below this size is kept when a reader is reused; larger is dropped. */
    private static final int RETAINED_SCRATCH = 1 << 12;
    private static final byte[] NO_INPUT = new byte[0];
    private static final char[] NO_CHARS = new char[0];
    /** ASCII runs at least this long are widened to chars by the JDK's Latin-1 decoder; see {@link #widenAscii}. */
    private static final int DECODER_MIN_RUN = 32;
    /**
     * How deep {@link #readValue()} reads a tree by recursion before it switches to an explicit stack: a few
     * kilobytes of the thread's stack at most, and deeper than the trees in events.
     */
    private static final int RECURSIVE_LEVELS = 32;

    /** The largest integer below which every integer is exactly a double. */
    private static final long MAX_EXACT_MANTISSA = 1L << 53;
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };

    /** Bytes that stand for themselves inside a string: printable ASCII but the quote and the backslash. */
    private static final boolean[] PLAIN_ASCII = new boolean[256];

    static {
        for (int b = 0x20; b < 0x80; b++) {
            PLAIN_ASCII[b] = b != '"' && b != '\\';
        }
    }

    private byte[] buf;
    private int start;
    private int end;
    private JsonLimits limits;
    private int pos;

    /** Nesting: level 0 is the root; levels 1..depth are open containers. */
    private int depth;

    // The innermost level's state is in fields, so that reading a member or an element loads and stores fields,
    // with no array reference to load and no index to check. push saves it at its level in the arrays below, which
    // hold the enclosing levels' state, and pop restores it. At the root only kind is ever read.

    /** What the innermost level is: {@link #IN_OBJECT}, {@link #IN_ARRAY}, or 0 at the root. */
    private byte kind;
    /** Members read so far in the innermost object, elements in the innermost array. */
    private int count;
    /**
     * Where the current member starts: in an object its name's opening quote (for paths and {@link #currentName()}),
     * in an array the element; -1 before the first. Lets {@link #reset(long)} detect a mark that the reader has moved
     * past.
     */
    private int memberPosition;
    /** The index matched by the previous member of the innermost object, -1 before the first: guides the next guess. */
    private int hint;
    /**
     * {@link #kind}, {@link #count}, {@link #memberPosition} and {@link #hint} of the levels below depth; the slot at
     * depth holds the innermost level's only after {@link #saveInnermost}.
     */
    private byte[] kinds = new byte[INITIAL_LEVELS];
    private int[] counts = new int[INITIAL_LEVELS];
    private int[] memberPositions = new int[INITIAL_LEVELS];
    private int[] hints = new int[INITIAL_LEVELS];
    /** Where each open container's bracket is, so that {@link #reset(long)} can tell a reopened level apart. */
    private int[] containerStarts = new int[INITIAL_LEVELS];

    /**
     * The input as words, for {@link #plainAsciiRun}, and the source {@link #widenAscii} decodes from (which moves its
     * position and limit, and restores them); made from {@link #wordsArray}, which may differ from buf.
     */
    private ByteBuffer words;
    private byte[] wordsArray;
    /** Widens long ASCII runs into {@link #charsView}, a view of {@link #chars}; both made when first needed. */
    private CharsetDecoder latin1;
    private CharBuffer charsView;

    /** The table {@link #readStringIndex} last matched a plain value in, and the index: its next guess. */
    private JsonNames lastValues;
    private int lastValueIndex;

    /** Whether this is a thread's cached reader, lent out by {@link ThreadLocalCache} right now. */
    boolean lent;

    /** Scratch space for strings that need decoding (escapes, non-ASCII). */
    private char[] chars = NO_CHARS;
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
     * Creates a reader of a whole array, with the default limits.
     *
     * @param json a whole UTF-8 JSON document
     * @return a reader over it, with the default limits
     */
    public static JsonReader of(byte[] json) {
        return of(json, 0, json.length, JsonLimits.DEFAULT);
    }

    /**
     * Creates a reader of part of an array, with the default limits.
     *
     * @param json an array holding a UTF-8 JSON document
     * @param offset where the document starts
     * @param length how many bytes it has
     * @return a reader over it, with the default limits
     */
    public static JsonReader of(byte[] json, int offset, int length) {
        return of(json, offset, length, JsonLimits.DEFAULT);
    }

    /**
     * Creates a reader of part of an array.
     *
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
     * The calling thread's reader over a whole document, for a generated codec's {@code decode}; hand it back with
     * {@link #giveBack(JsonReader)} in a {@code finally}. Each codec has its own copy of that short method, so the JIT
     * sees one codec's {@code read} at its call, not every codec's.
     *
     * @param json an array holding UTF-8 JSON bytes
     * @param offset where the document starts
     * @param length how many bytes it has
     * @return a reader with the default limits
     */
    public static JsonReader borrow(byte[] json, int offset, int length) {
        return ThreadLocalCache.borrowReader(json, offset, length);
    }

    /**
     * Hands back a reader from {@link #borrow(byte[], int, int)}; the reader must not be used afterwards.
     *
     * @param reader the borrowed reader
     */
    public static void giveBack(JsonReader reader) {
        ThreadLocalCache.giveBack(reader);
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
        // One byte beyond the limit is enough to know it was exceeded; long arithmetic keeps a limit of
        // Integer.MAX_VALUE from overflowing.
        int cap = (int) Math.min((long) max + 1, MAX_ARRAY_SIZE);
        byte[] data = new byte[Math.min(8192, cap)];
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
                    if (size == cap) {
                        throw new JsonException("a JSON document cannot be larger than " + MAX_ARRAY_SIZE + " bytes");
                    }
                    data = Arrays.copyOf(data, (int) Math.min(cap, data.length * 2L));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the JSON document", e);
        }
        return new JsonReader(data, 0, size, limits);
    }

    /**
     * Creates a reader of a stream, with the default limits.
     *
     * @param in the stream; it is read to its end but not closed
     * @return a reader over the document, with the default limits
     */
    public static JsonReader of(InputStream in) {
        return of(in, JsonLimits.DEFAULT);
    }

    /**
     * {@return the limits this reader enforces}
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
     * Consumes the <code>{</code> that starts an event and, when the event's first member is its discriminator with
     * the event's own type, written compactly as producers write it, that member as well. One comparison with the
     * pre-encoded <code>{"type":"value"</code> bytes then stands for reading the bracket, the name and the value.
     *
     * @param names the event's member names, whose first is the discriminator
     * @param typeValues a table whose first value is the event's type
     * @return {@code true} if the discriminator was consumed too, {@code false} if only the bracket was (the
     *     discriminator, if any, is then read as any member)
     * @throws JsonException if the next value is not an object
     */
    public boolean beginEvent(JsonNames names, JsonNames typeValues) {
        ByteWords opening = typeValues.eventOpening(names);
        int at = pos;
        int nameLength = names.memberPrefixWords[0].length;
        int valueLength = opening.length - 1 - nameLength;
        if (regionEquals(at, opening)
                && nameLength - 3 <= limits.maxNameLength() && valueLength - 2 <= limits.maxStringLength()) {
            pos = at + 1;
            push(IN_OBJECT);
            // As nextField and readStringIndex would have left the state after reading the member.
            count = 1;
            memberPosition = at + 1;
            hint = 0;
            lastStringStart = at + 1 + nameLength;
            pos = at + opening.length;
            return true;
        }
        beginObject();
        return false;
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

    private void push(byte opened) {
        int level = depth + 1;
        if (level == kinds.length || level > limits.maxDepth()) {
            growLevels(level);
        }
        saveInnermost();
        depth = level;
        kind = opened;
        count = 0;
        memberPosition = -1;
        hint = -1;
        containerStarts[level] = pos - 1;
    }

    /**
     * Copies the innermost level's state to its slot in the arrays: for {@link #push}, and for the cold readers of every
     * level ({@link #path()}, {@link #reset(long)}), which then read all levels from the arrays. The slot at depth is
     * free until the next push, which writes the same values there.
     */
    private void saveInnermost() {
        int level = depth;
        kinds[level] = kind;
        counts[level] = count;
        memberPositions[level] = memberPosition;
        hints[level] = hint;
    }

    /** Closes the innermost container: the enclosing level's state comes back from where {@link #push} saved it. */
    private void pop() {
        int level = depth - 1;
        depth = level;
        kind = kinds[level];
        count = counts[level];
        memberPosition = memberPositions[level];
        hint = hints[level];
    }

    /** Makes room for one more nesting level, or fails past the depth limit; out of line, as it is rare. */
    private void growLevels(int level) {
        if (level > limits.maxDepth()) {
            pos--; // point at the bracket that went too deep
            throw limitExceeded("maxDepth", limits.maxDepth());
        }
        int size = kinds.length * 2;
        kinds = Arrays.copyOf(kinds, size);
        counts = Arrays.copyOf(counts, size);
        memberPositions = Arrays.copyOf(memberPositions, size);
        containerStarts = Arrays.copyOf(containerStarts, size);
        hints = Arrays.copyOf(hints, size);
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
        int at = pos;
        // Fast path for compact JSON whose next name is the guessed one: comparing the input with the guess's
        // pre-encoded "name": bytes stands for scanning, validating and matching the name and for the colon. Kept
        // small, and its rare cases out of line, so that C2 inlines it into a nested value's reader, whose one call
        // site reads every name. Level 0 is never IN_OBJECT, so this also checks that an object is open.
        if (at < end && kind == IN_OBJECT) {
            byte next = buf[at];
            int members = count;
            if (next == ',' && members > 0 || next == '"' && members == 0) {
                at = next == ',' ? at + 1 : at;
                ByteWords prefix = names.guessAfter(hint);
                if (prefix != null && regionEquals(at, prefix) && prefix.length - 3 <= limits.maxNameLength()) {
                    count = members + 1;
                    memberPosition = at;
                    int guess = prefix.index;
                    hint = guess;
                    pos = at + prefix.length;
                    return guess;
                }
            } else if (next == '}') {
                pos = at + 1;
                pop();
                return END;
            }
        }
        return nextFieldScanned(names);
    }

    /**
     * Like {@link #nextField(JsonNames)}, but first compares the input with a guessed member written compactly after a
     * comma, whose bytes {@code ,"name":} (8 to 16 of them) the caller gives as two little-endian words: the first eight
     * bytes and the last eight, which may overlap. Generated readers pass constants, so that each call site compares
     * with its own member, and a member that does not follow takes the general path. For generated code, which the
     * processor checks: the words must spell the member {@code guess} of {@code names}, and {@code last} must be 0 to 8
     * (8 to 16 for the three-word form); the reader does not check them again on its hot path.
     *
     * @param names the names the caller knows, in declaration order
     * @param guess the index in {@code names} of the member expected next
     * @param last where the second word starts: the length of {@code ,"name":} less 8
     * @param first the first eight bytes of {@code ,"name":}
     * @param lastWord the eight bytes from {@code last}
     * @return as {@link #nextField(JsonNames)}
     * @throws JsonException if the input is not a well-formed member here
     */
    public int nextField(JsonNames names, int guess, int last, long first, long lastWord) {
        int at = pos;
        if (end - at >= last + 8) {
            ByteBuffer input = words();
            if (((input.getLong(at) ^ first) | (input.getLong(at + last) ^ lastWord)) == 0) {
                return guessedField(names, guess, at, last + 8);
            }
        }
        return nextField(names);
    }

    /**
     * {@link #nextField(JsonNames, int, int, long, long)} for a {@code ,"name":} of 17 to 24 bytes, given as three
     * words: at 0, at 8 and at {@code last}.
     *
     * @param names the names the caller knows, in declaration order
     * @param guess the index in {@code names} of the member expected next
     * @param last where the third word starts: the length of {@code ,"name":} less 8
     * @param first the first eight bytes of {@code ,"name":}
     * @param second the eight bytes after them
     * @param lastWord the eight bytes from {@code last}
     * @return as {@link #nextField(JsonNames)}
     * @throws JsonException if the input is not a well-formed member here
     */
    public int nextField(JsonNames names, int guess, int last, long first, long second, long lastWord) {
        int at = pos;
        if (end - at >= last + 8) {
            ByteBuffer input = words();
            long difference = (input.getLong(at) ^ first) | (input.getLong(at + 8) ^ second)
                    | (input.getLong(at + last) ^ lastWord);
            if (difference == 0) {
                return guessedField(names, guess, at, last + 8);
            }
        }
        return nextField(names);
    }

    /**
     * Takes the guessed member whose {@code ,"name":} of {@code length} bytes matched at {@code at}, where a comma is a
     * valid separator: inside an object, after its first member. Anywhere else the general path reads the input, and
     * reports what is wrong with it.
     */
    private int guessedField(JsonNames names, int guess, int at, int length) {
        if (count > 0 && kind == IN_OBJECT && length - 4 <= limits.maxNameLength()) {
            count++;
            memberPosition = at + 1;
            hint = guess;
            pos = at + length;
            return guess;
        }
        return nextField(names);
    }

    /**
     * The general case of {@link #nextField(JsonNames)}: whitespace, escapes, a name other than the guess, or a call
     * outside an object (which {@link #advanceToName} reports).
     */
    private int nextFieldScanned(JsonNames names) {
        if (!advanceToName()) {
            return END;
        }
        int previous = hint;
        int nameStart = pos + 1;
        scanString(limits.maxNameLength(), "maxNameLength");
        int index = stringIsPlain
                ? names.find(buf, nameStart, stringEnd - nameStart, -1)
                : names.find(decodeScanned(nameStart));
        if (index >= 0) {
            names.learn(previous, index);
            hint = index;
        }
        expectColon();
        return index;
    }

    /**
     * Whether the input at {@code at} starts with {@code expected}, reading nothing beyond the document. Short strings
     * are compared as words in line; longer ones, and any near the end of the input, by the JDK's intrinsic.
     */
    private boolean regionEquals(int at, ByteWords expected) {
        if (end - at >= expected.wordSpan) {
            return expected.matchAt(words(), at);
        }
        return regionEqualsNearEnd(at, expected);
    }

    /**
     * {@link #regionEquals} for bytes too long for words or too near the end. Out of line: the intrinsic compare
     * compiles to a lot of code, which kept {@code nextField} too big for C2 to inline anywhere.
     */
    private boolean regionEqualsNearEnd(int at, ByteWords expected) {
        int length = expected.length;
        return end - at >= length && Arrays.equals(expected.bytes, 0, length, buf, at, at + length);
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
        scanString(limits.maxNameLength(), "maxNameLength");
        expectColon();
        return true;
    }

    /**
     * Set by {@link #sharedName} when it finds the name: the position after its closing quote, which spares the caller
     * a load of the name's length.
     */
    private int sharedEnd;

    /** Like {@link #nextField()}, but gives the name, or {@code null} when the object ended. */
    private String nextFieldName() {
        if (!advanceToName()) {
            return null;
        }
        String name = sharedName(pos);
        if (name != null) {
            int after = sharedEnd;
            lastStringPlainAscii = true;
            // Compact JSON has the colon right after the name; anything else goes through expectColon.
            if (after < end && buf[after] == ':') {
                pos = after + 1;
                return name;
            }
            pos = after;
        } else {
            name = readQuoted(limits.maxNameLength(), "maxNameLength");
        }
        expectColon();
        return name;
    }

    /**
     * The name whose opening quote is at {@code quote}, from {@link MemberNames}, if it is plain ASCII, short enough
     * that its closing quote is among the 16 bytes after the opening one, and within the name length limit; otherwise
     * {@code null}, and the caller reads it the general way. Reads nothing beyond the document, and changes no state
     * but {@link #sharedEnd}.
     */
    private String sharedName(int quote) {
        int contentStart = quote + 1;
        // Two words: the longest shared name and its closing quote.
        if (end - contentStart < MemberNames.MAX_LENGTH + 1) {
            return null;
        }
        ByteBuffer input = words();
        long first = input.getLong(contentStart);
        long second = input.getLong(contentStart + 8);
        long special = specialBytes(first);
        int length;
        if (special != 0) {
            length = Long.numberOfTrailingZeros(special) >>> 3;
            first = MemberNames.low(first, length);
            second = 0;
        } else {
            special = specialBytes(second);
            if (special == 0) {
                return null;
            }
            length = 8 + (Long.numberOfTrailingZeros(special) >>> 3);
            second = MemberNames.low(second, length - 8);
        }
        if (buf[contentStart + length] != '"' || length > limits.maxNameLength()) {
            return null;
        }
        sharedEnd = contentStart + length + 1;
        return MemberNames.of(first, second, buf, contentStart, length);
    }

    /**
     * {@return the name of the member last moved to by {@code nextField}}
     * @throws IllegalStateException if no member has been read in the current object
     */
    public String currentName() {
        if (depth == 0 || kind != IN_OBJECT || memberPosition < 0) {
            throw new IllegalStateException("not inside an object member");
        }
        int quote = memberPosition;
        String name = sharedName(quote);
        return name != null ? name : decodeStringAt(quote);
    }

    /**
     * Moves to the next element of the current array.
     *
     * @return {@code true} if another element follows, {@code false} when the array ended
     * @throws JsonException if the input is not a well-formed array here
     */
    public boolean nextElement() {
        skipWhitespace();
        if (depth == 0 || kind != IN_ARRAY) {
            throw new IllegalStateException("not inside an array");
        }
        if (pos >= end) {
            throw error("unexpected end of input inside an array, expected ',' or ']'");
        }
        byte b = buf[pos];
        if (b == ']') {
            pos++;
            pop();
            return false;
        }
        if (count > 0) {
            if (b != ',') {
                throw unexpected("',' or ']'");
            }
            pos++;
        }
        count++;
        memberPosition = pos;
        return true;
    }

    /** Consumes the separator or the closing brace, and leaves pos on the opening quote of the next name. */
    private boolean advanceToName() {
        skipWhitespace();
        if (depth == 0 || kind != IN_OBJECT) {
            throw new IllegalStateException("not inside an object");
        }
        if (pos >= end) {
            throw error("unexpected end of input inside an object, expected " + (count == 0 ? "a name or '}'" : "',' or '}'"));
        }
        byte b = buf[pos];
        if (b == '}') {
            pos++;
            pop();
            return false;
        }
        if (count > 0) {
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
        count++;
        memberPosition = pos;
        return true;
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
            throw error("the document ended inside " + (kind == IN_OBJECT ? "an object" : "an array"));
        }
        skipWhitespace();
        if (pos < end) {
            throw unexpected("the end of the document");
        }
    }

    /**
     * Snapshots the position before a value, so that the value can be read a second time (for example after looking
     * for an object's discriminator).
     *
     * @return an opaque mark for {@link #reset(long)}
     */
    public long mark() {
        skipWhitespace();
        return ((long) depth << 32) | (pos & 0xFFFFFFFFL);
    }

    /**
     * Returns to a mark taken by {@link #mark()} in this reader. Valid while the reader is inside the value that
     * followed the mark, or just after it; once the reader has moved on to a later member or element of the
     * container the mark was taken in, that container's state no longer matches the mark.
     *
     * @param mark the mark
     * @throws IllegalStateException if the reader has moved past the mark's value
     */
    public void reset(long mark) {
        int markDepth = (int) (mark >>> 32);
        int markPos = (int) mark;
        saveInnermost();
        boolean valid = markDepth <= depth && markPos >= start && markPos <= end
                && (markDepth == 0 || (containerStarts[markDepth] < markPos && memberPositions[markDepth] <= markPos));
        if (!valid) {
            throw new IllegalStateException("cannot reset: the reader has moved past the value that followed the mark");
        }
        if (markDepth < depth) {
            // Back out of the containers opened since: the mark's level comes back as when they were opened.
            depth = markDepth + 1;
            pop();
        }
        pos = markPos;
    }

    /**
     * {@return the current byte offset from the start of the document}
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
        int at = pos;
        if (at < end && buf[at] == 'n') {
            // Checked byte by byte here rather than in expectLiteral's loop, to keep this helper small (see
            // skipWhitespace); expectLiteral then reports a bad literal.
            if (end - at >= 4 && buf[at + 1] == 'u' && buf[at + 2] == 'l' && buf[at + 3] == 'l') {
                pos = at + 4;
            } else {
                expectLiteral("null");
            }
            return true;
        }
        return false;
    }

    /**
     * {@return the boolean that comes next}
     * @throws JsonException if the next value is not {@code true} or {@code false}
     */
    public boolean readBoolean() {
        skipWhitespace();
        // Compact checks of the whole literal, as in tryReadNull; anything else goes to readBooleanSlowly.
        int at = pos;
        int left = end - at;
        if (left >= 4 && buf[at] == 't' && buf[at + 1] == 'r' && buf[at + 2] == 'u' && buf[at + 3] == 'e') {
            pos = at + 4;
            return true;
        }
        if (left >= 5 && buf[at] == 'f' && buf[at + 1] == 'a' && buf[at + 2] == 'l' && buf[at + 3] == 's'
                && buf[at + 4] == 'e') {
            pos = at + 5;
            return false;
        }
        return readBooleanSlowly();
    }

    /**
     * The general case of {@link #readBoolean}. Only a broken literal or another value gets here, and
     * {@link #expectLiteral} or {@link #unexpected} says which.
     */
    private boolean readBooleanSlowly() {
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

    /** Set by {@link #scanString}: the position of the closing quote. */
    private int stringEnd;
    /** Set by {@link #scanString}: whether the content has no escapes, so that its bytes are the UTF-8 string. */
    private boolean stringIsPlain;
    /** Whether the last string or name read took the fast path; see {@link #lastStringWasPlainAscii()}. */
    private boolean lastStringPlainAscii;

    /**
     * {@return the string that comes next}
     * @throws JsonException if the next value is not a valid string
     */
    public String readString() {
        skipWhitespace();
        if (pos >= end || buf[pos] != '"') {
            throw unexpected("a string");
        }
        return readQuoted(limits.maxStringLength(), "maxStringLength");
    }

    /**
     * Whether the string that {@link #readString()} just returned is plain printable ASCII: every char is from
     * U+0020 to U+007F, none is a quote or a backslash, and it had no escapes. Such a string needs no
     * escaping to be written again, so generated codecs remember this for {@link JsonWriter#value(String, boolean)}.
     * Ask right after {@code readString()}: reading any other string or name changes the answer.
     *
     * @return whether the last string read was plain printable ASCII
     */
    public boolean lastStringWasPlainAscii() {
        return lastStringPlainAscii;
    }

    /** Reads the string whose opening quote is at pos: a value, or a name (which has its own limit). */
    private String readQuoted(int maxLength, String limitName) {
        int quote = pos;
        int contentStart = quote + 1;
        // Fast path: printable ASCII with no escapes, the shape of nearly every id and type.
        int limit = contentEnd(contentStart, maxLength);
        int i = plainAsciiRun(contentStart, limit);
        if (i < limit && buf[i] == '"') {
            pos = i + 1;
            lastStringPlainAscii = true;
            return latin1(contentStart, i);
        }
        lastStringPlainAscii = false;
        return decodeString(quote, i, limit, maxLength, limitName);
    }

    /**
     * Decodes a string whose content needs work from {@code from} on: escapes or non-ASCII text. Input that is
     * anything but a valid string within the limit goes to {@link #scanString}, which reports it exactly as it always
     * has (or accepts a last multi-byte sequence that straddles the limit).
     */
    private String decodeString(int quote, int from, int limit, int maxLength, String limitName) {
        String decoded = decodeInOnePass(quote + 1, from, limit);
        if (decoded != null) {
            return decoded;
        }
        pos = quote;
        scanString(maxLength, limitName);
        return decodeScanned(quote + 1);
    }

    /**
     * Validates and decodes a string in one pass, leaving pos after it.
     *
     * @return the string, or null if it reaches the limit, a control character, or more than
     *     {@link #ONE_PASS_SCRATCH} units; pos is then meaningless
     */
    private String decodeInOnePass(int contentStart, int from, int limit) {
        char[] out = ensureChars(0, from - contentStart);
        if (out == null) {
            return null;
        }
        int length = widenAscii(contentStart, from, out, 0);
        int i = from;
        while (i < limit) {
            int b = buf[i];
            if (b == '"') {
                pos = i + 1;
                return new String(out, 0, length);
            }
            if (PLAIN_ASCII[b & 0xFF]) {
                int runEnd = plainAsciiRun(i, limit);
                if ((out = ensureChars(length, runEnd - i)) == null) {
                    return null;
                }
                length = widenAscii(i, runEnd, out, length);
                i = runEnd;
                continue;
            }
            if (b >= 0 && b != '\\' || (out = ensureChars(length, 2)) == null) {
                return null; // a control character, or too long for one pass
            }
            pos = i;
            if (b == '\\') {
                out[length++] = escapedUnit();
            } else {
                int codePoint = decodeUtf8();
                if (codePoint >= 0x10000) {
                    out[length++] = Character.highSurrogate(codePoint);
                    out[length++] = Character.lowSurrogate(codePoint);
                } else {
                    out[length++] = (char) codePoint;
                }
            }
            i = pos;
        }
        return null;
    }

    /** {@return the end of the run of printable ASCII bytes other than quote and backslash that starts at from} */
    private int plainAsciiRun(int from, int limit) {
        int i = from;
        if (limit - i >= 16) {
            // Eight bytes at a time: ids, types and text are long runs of plain bytes.
            ByteBuffer words = words();
            for (; i <= limit - 8; i += 8) {
                long special = specialBytes(words.getLong(i));
                if (special != 0) {
                    return i + (Long.numberOfTrailingZeros(special) >>> 3);
                }
            }
        }
        byte[] input = buf;
        while (i < limit && PLAIN_ASCII[input[i] & 0xFF]) {
            i++;
        }
        return i;
    }

    /**
     * Flags, with its high bit, each byte of eight little-endian bytes that is not plain inside a string: a control
     * character, a quote, a backslash or a non-ASCII byte. Only the lowest flag is sure to be exact (a borrow can flag
     * a byte above a flagged one), and that is the one the caller uses.
     */
    private static long specialBytes(long word) {
        long control = word - 0x2020202020202020L;
        long quote = (word ^ 0x2222222222222222L) - 0x0101010101010101L;
        long backslash = (word ^ 0x5C5C5C5C5C5C5C5CL) - 0x0101010101010101L;
        return (control | quote | backslash | word) & 0x8080808080808080L;
    }

    /**
     * {@return a little-endian view of the input for reading eight bytes at once, made once per input array (a
     *     reused buffer costs nothing) and only when a name, a value or a long string is compared by words}
     */
    private ByteBuffer words() {
        return wordsArray == buf ? words : newWords();
    }

    /** Out of line, as it runs once per input array: inlined, it made every word compare's caller bigger. */
    private ByteBuffer newWords() {
        words = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN);
        wordsArray = buf;
        return words;
    }

    /**
     * Copies ASCII bytes into chars; returns the new length. A long run goes through the JDK's Latin-1 decoder, which
     * widens many bytes per instruction with an intrinsic: text is mostly long ASCII runs between a few escapes or
     * non-ASCII characters, and a loop of single chars was the largest cost of decoding it.
     */
    private int widenAscii(int from, int to, char[] out, int length) {
        int count = to - from;
        if (count >= DECODER_MIN_RUN) {
            widenWithDecoder(from, to, out, length);
            return length + count;
        }
        byte[] input = buf;
        int shift = length - from;
        for (int i = from; i < to; i++) {
            out[i + shift] = (char) input[i];
        }
        return length + count;
    }

    /**
     * {@return the scratch char array, grown to hold at least {@code more} units after the first {@code length}, or
     *     null past {@link #ONE_PASS_SCRATCH}: a longer string is validated before anything is allocated for it, so
     *     that a string beyond the length limit fails with bounded memory}
     */
    private char[] ensureChars(int length, int more) {
        int needed = length + more;
        if (needed > chars.length) {
            if (needed > ONE_PASS_SCRATCH) {
                return null;
            }
            chars = Arrays.copyOf(chars, Math.min(ONE_PASS_SCRATCH, Math.max(needed, Math.max(64, chars.length * 2))));
        }
        return chars;
    }

    /**
     * Reads a string value and finds it in a table, allocating nothing when it is there.
     *
     * @param values the known values
     * @return the index in {@code values}, or {@link #UNKNOWN}; then {@link #lastString()} gives the string
     * @throws JsonException if the next value is not a valid string
     */
    public int readStringIndex(JsonNames values) {
        // The guess: a member codec's own type, or the value this table matched last (a stream's events mostly come
        // in runs of one type). One comparison with the pre-encoded value then stands for the scan and the hash.
        int guess = values.size() == 1 ? 0 : values == lastValues ? lastValueIndex : -1;
        if (guess >= 0) {
            ByteWords quoted = values.quotedWords[guess];
            int at = pos;
            if (regionEquals(at, quoted) && quoted.length - 2 <= limits.maxStringLength()) {
                lastStringStart = at;
                pos = at + quoted.length;
                return guess;
            }
        }
        skipWhitespace();
        if (pos >= end || buf[pos] != '"') {
            throw unexpected("a string");
        }
        lastStringStart = pos;
        int contentStart = pos + 1;
        int limit = contentEnd(contentStart, limits.maxStringLength());
        int closingQuote = plainAsciiRun(contentStart, limit);
        if (closingQuote < limit && buf[closingQuote] == '"') {
            pos = closingQuote + 1;
            int index = values.find(buf, contentStart, closingQuote - contentStart, -1);
            if (index >= 0) {
                lastValues = values;
                lastValueIndex = index;
            }
            return index;
        }
        scanString(limits.maxStringLength(), "maxStringLength");
        if (stringIsPlain) {
            return values.find(buf, contentStart, stringEnd - contentStart, -1);
        }
        return values.find(decodeScanned(contentStart));
    }

    /**
     * {@return the string read by the last {@link #readStringIndex(JsonNames)}}
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
            scanString(Math.max(limits.maxStringLength(), limits.maxNameLength()), "maxStringLength");
            return decodeScanned(quote + 1);
        } finally {
            pos = saved;
        }
    }

    /** The end of the bytes a string's content may use: the closing quote may sit at this position, not beyond. */
    private int contentEnd(int contentStart, int maxLength) {
        return (int) Math.min(end, (long) contentStart + maxLength);
    }

    /**
     * Validates the string at pos (its opening quote) without building anything, and leaves pos after its closing
     * quote. Sets {@link #stringEnd} and {@link #stringIsPlain}. Work and memory are bounded by {@code maxLength}
     * whatever the input holds.
     */
    private void scanString(int maxLength, String limitName) {
        int quote = pos;
        int contentStart = quote + 1;
        int limit = contentEnd(contentStart, maxLength);
        int i = contentStart;
        boolean plain = true;
        while (true) {
            i = plainAsciiRun(i, limit);
            if (i >= limit) {
                // A multi-byte sequence may have stepped past the limit: only content within it counts as fitting.
                if (i < end && buf[i] == '"' && i - contentStart <= maxLength) {
                    break;
                }
                int length = i - contentStart;
                if (length > maxLength || (length == maxLength && i < end)) {
                    pos = quote;
                    throw limitExceeded(limitName, maxLength);
                }
                pos = i;
                throw error("unexpected end of input inside a string");
            }
            int b = buf[i];
            if (b == '"') {
                break;
            }
            if (b >= 0x20 && b != '\\') {
                i++;
            } else if (b == '\\') {
                plain = false;
                pos = i;
                escapedUnit();
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
        stringEnd = i;
        stringIsPlain = plain;
        pos = i + 1;
    }

    /** Builds the string that {@link #scanString} just validated, whose content starts at {@code contentStart}. */
    private String decodeScanned(int contentStart) {
        int contentEnd = stringEnd;
        if (stringIsPlain) {
            // Validated UTF-8 without escapes: the JDK's decoder gives exactly the string.
            return new String(buf, contentStart, contentEnd - contentStart, StandardCharsets.UTF_8);
        }
        int afterString = pos;
        // Every input byte gives at most one UTF-16 unit, so the content's length bounds the output.
        if (chars.length < contentEnd - contentStart) {
            chars = new char[Math.max(contentEnd - contentStart, chars.length * 2)];
        }
        int length = 0;
        pos = contentStart;
        while (pos < contentEnd) {
            int b = buf[pos];
            if (b == '\\') {
                chars[length++] = escapedUnit();
            } else if (b >= 0) {
                chars[length++] = (char) b;
                pos++;
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
        pos = afterString;
        return new String(chars, 0, length);
    }

    /**
     * Reads the escape at pos (its backslash) and leaves pos after it.
     *
     * @return the UTF-16 unit it stands for; a {@code \}{@code u} escape may name half of a surrogate pair, or a lone one
     */
    private char escapedUnit() {
        if (pos + 1 >= end) {
            pos = end;
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
                return readHex4();
            default:
                pos++;
                throw error("invalid escape '\\" + printable(e) + "'; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
        }
        pos += 2;
        return c;
    }

    private char readHex4() {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            if (pos >= end) {
                throw error("unexpected end of input inside a \\u escape");
            }
            int digit = hexDigit(buf[pos]);
            if (digit < 0) {
                throw error("a \\u escape needs four hex digits, found " + describeByte(buf[pos]));
            }
            value = value << 4 | digit;
            pos++;
        }
        return (char) value;
    }

    private static int hexDigit(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
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
        } else if (lead >= 0x80 && lead <= 0xBF) {
            throw error("invalid UTF-8: continuation byte 0x" + Integer.toHexString(lead) + " without a lead byte");
        } else {
            throw error("invalid UTF-8: byte 0x" + Integer.toHexString(lead) + " never appears in UTF-8");
        }
        for (int i = 1; i <= needed; i++) {
            if (pos + i >= end) {
                throw error("invalid UTF-8: the input ends inside a multi-byte sequence");
            }
            int next = buf[pos + i] & 0xFF;
            if ((next & 0xC0) != 0x80) {
                throw error("invalid UTF-8: a multi-byte sequence is cut short by byte 0x" + Integer.toHexString(next));
            }
            codePoint = codePoint << 6 | (next & 0x3F);
        }
        if (codePoint < min) {
            throw error("invalid UTF-8: overlong encoding of U+" + hex4(codePoint));
        }
        if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
            throw error("invalid UTF-8: encoded surrogate U+" + hex4(codePoint));
        }
        if (codePoint > 0x10FFFF) {
            throw error("invalid UTF-8: code point above U+10FFFF");
        }
        pos += needed + 1;
        return codePoint;
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
     * {@return the number that comes next, which must be an integer in the range of {@code int}}
     * @throws JsonException if it is not a number, not an integer, or out of range
     */
    public int readInt() {
        // Fast path: one digit and then a byte that cannot go on with a number, the shape of most indexes and counts.
        int at = pos;
        if (end - at >= 2) {
            int digit = buf[at] - '0';
            if (digit >= 0 && digit <= 9 && !isNumberContinuation(buf[at + 1])) {
                pos = at + 1;
                return digit;
            }
        }
        skipWhitespace();
        int numberStart = pos;
        long value = readLongAfterWhitespace();
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            pos = numberStart;
            throw error("number " + value + " is out of range for int");
        }
        return (int) value;
    }

    /**
     * {@return the number that comes next, which must be an integer in the range of {@code long}. Integral values
     *     written with a fraction or exponent, such as {@code 2.0} or {@code 1e3}, are accepted.}
     * @throws JsonException if it is not a number, not an integer, or out of range
     */
    public long readLong() {
        skipWhitespace();
        return readLongAfterWhitespace();
    }

    /**
     * {@return the number that comes next, as {@link #readInt()} reads it, in an {@code OptionalInt}; small
     *     non-negative values share instances, so that reading them allocates nothing}
     * @throws JsonException if it is not a number, not an integer, or out of range
     */
    public OptionalInt readOptionalInt() {
        return SmallOptionals.of(readInt());
    }

    /**
     * {@return the number that comes next, as {@link #readLong()} reads it, in an {@code OptionalLong}; small
     *     non-negative values share instances, so that reading them allocates nothing}
     * @throws JsonException if it is not a number, not an integer, or out of range
     */
    public OptionalLong readOptionalLong() {
        return SmallOptionals.of(readLong());
    }

    private long readLongAfterWhitespace() {
        int numberStart = pos;
        // Fast path: up to 18 digits cannot overflow a long, and need no grammar check beyond "no leading zero".
        int i = pos;
        boolean negative = i < end && buf[i] == '-';
        if (negative) {
            i++;
        }
        int digitsStart = i;
        long value = 0;
        int fastEnd = (int) Math.min(end, (long) digitsStart + 18);
        while (i < fastEnd) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            value = value * 10 + d;
            i++;
        }
        int digits = i - digitsStart;
        if (digits > 0 && (i >= end || !isNumberContinuation(buf[i])) && !(digits > 1 && buf[digitsStart] == '0')
                && i - numberStart <= limits.maxNumberLength()) {
            pos = i;
            return negative ? -value : value;
        }
        scanNumber();
        if (numberIsIntegral) {
            return parseIntegralLong(numberStart);
        }
        try {
            // The JDK returns early for values below 1 and above 19 integer digits, so 1e2000000000 is cheap here.
            return new BigDecimal(latin1(numberStart, pos)).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            int after = pos;
            pos = numberStart;
            throw error("number " + shortLiteral(numberStart, after) + " is not an integer in the range of long");
        }
    }

    /** Parses a validated integer literal, accumulating negatively so that Long.MIN_VALUE fits, with no allocation. */
    private long parseIntegralLong(int numberStart) {
        int i = numberStart;
        boolean negative = buf[i] == '-';
        if (negative) {
            i++;
        }
        long result = 0;
        for (; i < pos; i++) {
            int d = buf[i] - '0';
            if (result < Long.MIN_VALUE / 10 || (result == Long.MIN_VALUE / 10 && d > 8)) {
                int after = pos;
                pos = numberStart;
                throw error("number " + shortLiteral(numberStart, after) + " is out of range for long");
            }
            result = result * 10 - d;
        }
        if (!negative) {
            if (result == Long.MIN_VALUE) {
                int after = pos;
                pos = numberStart;
                throw error("number " + shortLiteral(numberStart, after) + " is out of range for long");
            }
            return -result;
        }
        return result;
    }

    private static boolean isNumberContinuation(byte b) {
        return (b >= '0' && b <= '9') || b == '.' || b == 'e' || b == 'E';
    }

    /**
     * {@return the number that comes next, correctly rounded to the nearest {@code double}}
     * @throws JsonException if it is not a number, or too large for a {@code double}
     */
    public double readDouble() {
        int numberStart = scanNumber();
        double value = fastDouble(numberStart, pos);
        if (Double.isNaN(value)) {
            // The JDK's parser is correctly rounded and handles huge exponents without big arithmetic.
            value = Double.parseDouble(latin1(numberStart, pos));
        }
        if (Double.isInfinite(value)) {
            int after = pos;
            pos = numberStart;
            throw error("number " + shortLiteral(numberStart, after) + " is too large for a double");
        }
        return value;
    }

    /**
     * Clinger's fast path: when the digits form an integer of at most 2^53 and the power of ten is at most 22 either
     * way, both operands are exact doubles and one IEEE multiplication or division gives the correctly rounded
     * result. Returns NaN when the literal is outside that case.
     */
    private double fastDouble(int from, int to) {
        int i = from;
        boolean negative = buf[i] == '-';
        if (negative) {
            i++;
        }
        long mantissa = 0;
        int significantDigits = 0;
        int power = 0;
        boolean fraction = false;
        for (; i < to; i++) {
            byte b = buf[i];
            if (b == '.') {
                fraction = true;
                continue;
            }
            if (b == 'e' || b == 'E') {
                break;
            }
            mantissa = mantissa * 10 + (b - '0');
            // Counting from the first non-zero digit keeps the mantissa far from overflow.
            if (mantissa != 0 && ++significantDigits > 17) {
                return Double.NaN;
            }
            if (fraction) {
                power--;
            }
        }
        if (i < to) {
            int exponent = 0;
            boolean negativeExponent = buf[++i] == '-';
            if (buf[i] == '-' || buf[i] == '+') {
                i++;
            }
            for (; i < to; i++) {
                exponent = exponent * 10 + (buf[i] - '0');
                if (exponent > 1000) {
                    return Double.NaN;
                }
            }
            power += negativeExponent ? -exponent : exponent;
        }
        double value;
        if (mantissa == 0) {
            value = 0;
        } else if (mantissa > MAX_EXACT_MANTISSA || power < -22 || power > 22) {
            return Double.NaN;
        } else {
            value = power >= 0 ? mantissa * POWERS_OF_TEN[power] : mantissa / POWERS_OF_TEN[-power];
        }
        return negative ? -value : value;
    }

    /**
     * {@return the number that comes next, correctly rounded to the nearest {@code float}}
     * @throws JsonException if it is not a number, or too large for a {@code float}
     */
    public float readFloat() {
        int numberStart = scanNumber();
        float value = Float.parseFloat(latin1(numberStart, pos));
        if (Float.isInfinite(value)) {
            int after = pos;
            pos = numberStart;
            throw error("number " + shortLiteral(numberStart, after) + " is too large for a float");
        }
        return value;
    }

    /**
     * Reads the next number exactly. The result can have a huge scale ({@code 1e2000000000} is accepted): callers that
     * do arithmetic on untrusted numbers should check {@link BigDecimal#scale()} first.
     *
     * @return the number that comes next, exactly
     * @throws JsonException if it is not a number, or its exponent is out of {@code BigDecimal}'s range
     */
    public BigDecimal readBigDecimal() {
        int numberStart = scanNumber();
        try {
            return new BigDecimal(latin1(numberStart, pos));
        } catch (NumberFormatException e) {
            int after = pos;
            pos = numberStart;
            throw error("number " + shortLiteral(numberStart, after) + " has an exponent beyond BigDecimal's range");
        }
    }

    /**
     * {@return the number that comes next, which must be an integer; integral values with a fraction or exponent are
     *     accepted while their integer digits stay within {@link JsonLimits#maxNumberLength()}}
     * @throws JsonException if it is not a number or not an integer
     */
    public BigInteger readBigInteger() {
        skipWhitespace();
        int numberStart = pos;
        BigDecimal decimal = readBigDecimal();
        if (numberIsIntegral) {
            return decimal.toBigInteger();
        }
        if (decimal.signum() == 0) {
            return BigInteger.ZERO;
        }
        // Guards before any exact conversion: 1e2000000000 would otherwise build a two-billion-digit integer, and
        // rounding 1e-2000000000 would compute ten to the two-billionth power.
        long integerDigits = (long) decimal.precision() - decimal.scale();
        if (integerDigits > limits.maxNumberLength()) {
            pos = numberStart;
            throw limitExceeded("maxNumberLength", limits.maxNumberLength());
        }
        BigDecimal stripped = integerDigits > 0 ? decimal.stripTrailingZeros() : decimal;
        if (integerDigits <= 0 || stripped.scale() > 0) {
            int after = pos;
            pos = numberStart;
            throw error("number " + shortLiteral(numberStart, after) + " is not an integer");
        }
        return stripped.toBigInteger();
    }

    /** Widens {@code buf[from, to)} into {@code out} from {@code length} on, through the reused Latin-1 decoder. */
    private void widenWithDecoder(int from, int to, char[] out, int length) {
        if (latin1 == null) {
            latin1 = StandardCharsets.ISO_8859_1.newDecoder();
        }
        if (charsView == null || charsView.array() != out) {
            charsView = CharBuffer.wrap(out);
        }
        ByteBuffer input = words();
        input.limit(to).position(from);
        charsView.limit(length + (to - from)).position(length);
        latin1.decode(input, charsView, false);
        // plainAsciiRun reads the view by absolute index, which its limit bounds.
        input.limit(input.capacity()).position(0);
    }

    /**
     * Makes a string of bytes that are all below 0x100, one char each. The deprecated constructor with a high byte
     * of zero does exactly this, and it is small enough for the JIT to inline; {@code new String(bytes, offset,
     * length, ISO_8859_1)} gives the same string but is too big to inline, so it cost a call for every string read.
     */
    @SuppressWarnings("deprecation")
    private String latin1(int from, int to) {
        return new String(buf, 0, from, to - from);
    }

    /** A number literal for a message, cut short if long; the excerpt shows the input itself. */
    private String shortLiteral(int from, int to) {
        return to - from <= 40 ? latin1(from, to) : latin1(from, from + 40) + "...";
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
            boolean more = kind == IN_OBJECT ? nextField() : nextElement();
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
     * that appears twice keeps its last value, at the place where the name first appeared (as JavaScript's
     * {@code JSON.parse} does). Numbers keep their literal, so nothing is lost.
     *
     * @return the value
     * @throws JsonException if the value is malformed or exceeds a limit
     */
    public JsonValue readValue() {
        JsonToken first = peek();
        if (first != JsonToken.OBJECT && first != JsonToken.ARRAY) {
            return readScalar(first);
        }
        return readContainer(first, 0);
    }

    /**
     * Reads an object or array by recursion, the fast way for the shallow trees that events carry (a tool's schema,
     * metadata), and hands anything nested deeper than {@link #RECURSIVE_LEVELS} to {@link #readDeepContainer}, whose
     * explicit stack keeps the thread's stack bounded whatever depth the limits allow.
     *
     * @param level how many containers of this tree enclose this one
     */
    private JsonValue readContainer(JsonToken first, int level) {
        if (level == RECURSIVE_LEVELS) {
            return readDeepContainer(first);
        }
        if (first == JsonToken.OBJECT) {
            beginObject();
            DecodedMembers members = new DecodedMembers();
            String name;
            while ((name = nextFieldName()) != null) {
                boolean namePlain = lastStringPlainAscii;
                JsonToken next = peek();
                if (next == JsonToken.OBJECT || next == JsonToken.ARRAY) {
                    members.add(name, namePlain, readContainer(next, level + 1), false);
                } else {
                    members.add(name, namePlain, readScalar(next), next == JsonToken.STRING && lastStringPlainAscii);
                }
            }
            return new JsonValue.ObjectValue(members);
        }
        beginArray();
        DecodedElements elements = new DecodedElements();
        while (nextElement()) {
            JsonToken next = peek();
            if (next == JsonToken.OBJECT || next == JsonToken.ARRAY) {
                elements.append(readContainer(next, level + 1), false);
            } else {
                elements.append(readScalar(next), next == JsonToken.STRING && lastStringPlainAscii);
            }
        }
        return new JsonValue.ArrayValue(elements);
    }

    /**
     * Reads an object or array nested {@link #RECURSIVE_LEVELS} deep or more, the same way as
     * {@link #readContainer} but with a stack of its own.
     */
    private JsonValue readDeepContainer(JsonToken first) {
        // An explicit stack of open containers, so that depth is bounded by the limit, not by the thread's stack:
        // each is a DecodedMembers or a DecodedElements, and an open object's pending member name is beside it.
        Object[] open = new Object[8];
        String[] names = new String[8];
        // Bit i: the pending name of the object open at level i was plain, so that writing the tree back can skip the
        // check of its chars. A long rather than a third array; from this stack's level 64 on, names count as not
        // plain.
        long namesPlain = 0;
        int top = 0;
        open[0] = beginContainer(first);
        while (true) {
            Object container = open[top];
            boolean more;
            if (container instanceof DecodedMembers) {
                more = (names[top] = nextFieldName()) != null;
                long level = levelBit(top);
                namesPlain = lastStringPlainAscii ? namesPlain | level : namesPlain & ~level;
            } else {
                more = nextElement();
            }
            JsonValue value;
            boolean stringPlain = false;
            if (more) {
                JsonToken next = peek();
                if (next == JsonToken.OBJECT || next == JsonToken.ARRAY) {
                    if (++top == open.length) {
                        open = Arrays.copyOf(open, top * 2);
                        names = Arrays.copyOf(names, top * 2);
                    }
                    open[top] = beginContainer(next);
                    continue;
                }
                value = readScalar(next);
                stringPlain = next == JsonToken.STRING && lastStringPlainAscii;
            } else {
                value = container instanceof DecodedMembers members
                        ? new JsonValue.ObjectValue(members)
                        : new JsonValue.ArrayValue((DecodedElements) container);
                open[top] = null;
                if (--top < 0) {
                    return value;
                }
            }
            Object parent = open[top];
            if (parent instanceof DecodedMembers members) {
                members.add(names[top], (namesPlain & levelBit(top)) != 0, value, stringPlain);
            } else {
                ((DecodedElements) parent).append(value, stringPlain);
            }
        }
    }

    /** {@return the bit of {@code readDeepContainer}'s plain-name word for a level of its stack, or 0 past 64} */
    private static long levelBit(int level) {
        return level < Long.SIZE ? 1L << level : 0;
    }

    private Object beginContainer(JsonToken token) {
        if (token == JsonToken.OBJECT) {
            beginObject();
            return new DecodedMembers();
        }
        beginArray();
        return new DecodedElements();
    }

    private JsonValue readScalar(JsonToken token) {
        switch (token) {
            case STRING:
                return new JsonValue.StringValue(readString());
            case NUMBER: {
                int numberStart = scanNumber();
                return JsonValue.NumberValue.ofLiteral(latin1(numberStart, pos));
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
        return errorAt(memberPosition, "duplicate property '" + currentName() + "'", path());
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
        if (pos == start && end - start >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB
                && buf[pos + 2] == (byte) 0xBF) {
            return error("the document starts with a byte order mark, which JSON does not allow (RFC 8259 section 8.1);"
                    + " strip the 3 bytes EF BB BF");
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
     * {@return the JSON path of the value at the current position, such as {@code $.output[2].content}}
     */
    public String path() {
        if (describingPath) {
            return "?"; // a name in the path is itself malformed; its own error is discarded
        }
        StringBuilder path = new StringBuilder("$");
        saveInnermost();
        for (int level = 1; level <= depth; level++) {
            if (kinds[level] == IN_OBJECT) {
                if (memberPositions[level] >= 0) {
                    appendName(path, safeNameAt(memberPositions[level]));
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
            return;
        }
        path.append("['");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\' || c == '\'') {
                path.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) && !isPairedSurrogate(name, i)) {
                // Control characters and lone surrogates would garble a log line; show them as escapes.
                path.append("\\u").append(hex4(c));
            } else {
                path.append(c);
            }
        }
        path.append("']");
    }

    private static boolean isPairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
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

    // ------------------------------------------------------------------------------------------------ reuse

    /**
     * Points this reader at a new document, keeping its scratch buffers: {@link ThreadLocalCache} uses it so that
     * decoding allocates nothing but the values once the buffers are warm.
     */
    void reuse(byte[] json, int offset, int length, JsonLimits limits) {
        java.util.Objects.checkFromIndexSize(offset, length, json.length);
        this.buf = json;
        this.start = offset;
        this.end = offset + length;
        this.pos = offset;
        this.limits = limits;
        this.depth = 0;
        // The root is no container, whatever the last document was doing when it failed.
        this.kind = 0;
        this.lastStringStart = -1;
        if (length > limits.maxDocumentSize()) {
            throw limitExceeded("maxDocumentSize", limits.maxDocumentSize());
        }
    }

    /** Lets go of the document, and of scratch space a large string left behind, when the reader is kept for reuse. */
    void release() {
        buf = NO_INPUT;
        if (wordsArray != null && wordsArray.length > RETAINED_SCRATCH) {
            // A cached reader must not keep a large document alive through its view.
            words = null;
            wordsArray = null;
        }
        start = 0;
        end = 0;
        pos = 0;
        if (chars.length > RETAINED_SCRATCH) {
            chars = NO_CHARS;
        }
        if (charsView != null && charsView.array() != chars) {
            charsView = null;
        }
    }

    /**
     * Skips whitespace. Compact JSON has none, so only a one-byte test is inlined at every call site and the loop
     * lives in {@link #skipWhitespaceRun}: a large generated reader calls this dozens of times, and C2 stops inlining
     * once a method's inlined bytecode reaches its budget, so small helpers leave room for the rest of the reader.
     */
    private void skipWhitespace() {
        int at = pos;
        if (at < end && buf[at] <= ' ') {
            skipWhitespaceRun();
        }
    }

    private void skipWhitespaceRun() {
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
