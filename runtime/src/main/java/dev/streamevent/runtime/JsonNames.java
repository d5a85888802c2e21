package dev.streamevent.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A fixed table of strings, built once per codec: the member names of a type, or the values of an enum or a
 * discriminator. The reader matches input bytes against it without decoding them to a {@code String}, and the writer
 * copies its pre-encoded {@code "name":} bytes.
 *
 * <p>Matching verifies the bytes after every hash hit, so a colliding name is never mistaken for a declared one.
 */
public final class JsonNames {

    /** Stands for a name that has no UTF-8 form; it never equals input bytes. */
    private static final byte[] NOT_UTF8 = new byte[0];

    private final String[] names;
    private final byte[][] utf8;
    /** Each name as the writer emits it before a value: quoted, escaped, followed by a colon. */
    private final byte[][] memberPrefix;
    /** Each name as a quoted, escaped JSON string. */
    private final byte[][] quoted;
    /**
     * {@link #memberPrefix} and {@link #quoted} with their words, for the reader's compares. The reader indexes these
     * arrays itself.
     */
    final ByteWords[] memberPrefixWords;
    final ByteWords[] quotedWords;
    /**
     * The reader's guess of which name follows which: entry {@code i} is the {@link #memberPrefixWords} of the member
     * expected after the name at {@code i - 1} (entry 0: the first member; {@code null}: none after the last). The
     * words themselves rather than an index, which spares the reader a load on every member. It starts as
     * declaration order and learns the order the input actually uses, so that a producer that orders members
     * differently from the interface still hits. Shared by every thread without synchronisation: a stale guess only
     * costs a miss, since every guess is verified, and the words' fields are final.
     */
    private final ByteWords[] successors;
    /** Open-addressing hash table of index + 1, zero meaning empty. */
    private final int[] slots;
    private final int mask;
    /** Made on first use by {@link #eventOpening}; a race only makes it twice. */
    private EventOpening eventOpening;

    /** An event's <code>{"discriminator":"type"</code> bytes, and the table of names they were made with. */
    private record EventOpening(JsonNames names, ByteWords bytes) {
    }

    private JsonNames(String[] names) {
        this.names = names;
        this.utf8 = new byte[names.length][];
        this.memberPrefix = new byte[names.length][];
        this.quoted = new byte[names.length][];
        this.memberPrefixWords = new ByteWords[names.length];
        this.quotedWords = new ByteWords[names.length];
        this.successors = new ByteWords[names.length + 1];
        int capacity = Integer.highestOneBit(Math.max(4, names.length * 4 - 1)) << 1;
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            if (name == null) {
                throw new IllegalArgumentException("name " + i + " is null");
            }
            JsonWriter writer = JsonWriter.create();
            writer.value(name);
            quoted[i] = writer.toByteArray();
            memberPrefix[i] = Arrays.copyOf(quoted[i], quoted[i].length + 1);
            memberPrefix[i][quoted[i].length] = ':';
            memberPrefixWords[i] = ByteWords.member(memberPrefix[i], i);
            successors[i] = memberPrefixWords[i];
            quotedWords[i] = ByteWords.of(quoted[i]);
            if (hasLoneSurrogate(name)) {
                // No raw UTF-8 can spell it (only an escape can), so it stays out of the byte table.
                utf8[i] = NOT_UTF8;
                continue;
            }
            utf8[i] = name.getBytes(StandardCharsets.UTF_8);
            int slot = hash(utf8[i], 0, utf8[i].length) & mask;
            while (slots[slot] != 0) {
                if (Arrays.equals(utf8[slots[slot] - 1], utf8[i])) {
                    throw new IllegalArgumentException("duplicate name: " + name);
                }
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
        }
    }

    /**
     * Builds a table. The order matters: indexes follow it, and the reader tries names in this order first.
     *
     * @param names the strings, distinct and non-null
     * @return the table
     * @throws IllegalArgumentException on a null or duplicate name
     */
    public static JsonNames of(String... names) {
        return new JsonNames(names.clone());
    }

    /**
     * {@return how many names the table holds}
     */
    public int size() {
        return names.length;
    }

    /**
     * Returns one of the names.
     *
     * @param index a position in the table
     * @return the name at that position
     */
    public String name(int index) {
        return names[index];
    }

    /**
     * Finds raw UTF-8 bytes (with no escapes) in the table.
     *
     * @param buf the bytes
     * @param start where the candidate starts
     * @param length its length
     * @param hint the index to try first, or -1
     * @return the index, or {@link JsonReader#UNKNOWN}
     */
    int find(byte[] buf, int start, int length, int hint) {
        if (hint >= 0 && hint < utf8.length && matches(hint, buf, start, length)) {
            return hint;
        }
        int slot = hash(buf, start, length) & mask;
        int entry;
        while ((entry = slots[slot]) != 0) {
            if (matches(entry - 1, buf, start, length)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
        return JsonReader.UNKNOWN;
    }

    /**
     * Finds a decoded string in the table; the slow path for input that used escapes.
     *
     * @param value the string
     * @return the index, or {@link JsonReader#UNKNOWN}
     */
    int find(String value) {
        if (hasLoneSurrogate(value)) {
            // getBytes would turn the surrogate into '?', and "\uD800" must not match a name "?".
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(value)) {
                    return i;
                }
            }
            return JsonReader.UNKNOWN;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return find(bytes, 0, bytes.length, -1);
    }

    private static boolean hasLoneSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(int index, byte[] buf, int start, int length) {
        byte[] candidate = utf8[index];
        return candidate != NOT_UTF8 && candidate.length == length && Arrays.equals(candidate, 0, length, buf, start, start + length);
    }

    /**
     * {@return the words of the member to guess after the name at {@code previous} (the first when {@code previous} is
     *     -1), or {@code null} if none}
     */
    ByteWords guessAfter(int previous) {
        return successors[previous + 1];
    }

    /** Remembers that {@code index} followed {@code previous}; written only when it changes, to keep caches shared. */
    void learn(int previous, int index) {
        ByteWords prefix = memberPrefixWords[index];
        if (successors[previous + 1] != prefix) {
            successors[previous + 1] = prefix;
        }
    }

    byte[] memberPrefix(int index) {
        return memberPrefix[index];
    }

    /**
     * {@return the bracket, the first member name of {@code names} and this table's first value, as
     *     {@link JsonReader#beginEvent} compares them with the input}
     */
    ByteWords eventOpening(JsonNames names) {
        EventOpening opening = eventOpening;
        if (opening == null || opening.names() != names) {
            byte[] name = names.memberPrefix(0);
            byte[] value = quoted[0];
            byte[] bytes = new byte[1 + name.length + value.length];
            bytes[0] = '{';
            System.arraycopy(name, 0, bytes, 1, name.length);
            System.arraycopy(value, 0, bytes, 1 + name.length, value.length);
            opening = new EventOpening(names, ByteWords.of(bytes));
            eventOpening = opening;
        }
        return opening.bytes();
    }

    byte[] quoted(int index) {
        return quoted[index];
    }

    /**
     * Mixes four words, not every byte: type values such as {@code response.image_generation_call.completed} are
     * long, and hashing every byte was a third of the time of decoding a small event. The words are the first, the
     * middle and the last two, so that names that share a prefix or a suffix still spread. Every hit is verified by
     * the bytes, and a table never grows, so a collision only costs a probe: the hash has to spread, not to be
     * perfect.
     */
    private static int hash(byte[] buf, int start, int length) {
        int h = length * 0x9E3779B9;
        if (length >= 8) {
            int end = start + length;
            h = (h ^ word(buf, start)) * 0x01000193;
            h = (h ^ word(buf, start + (length >> 1) - 2)) * 0x01000193;
            h = (h ^ word(buf, end - 8)) * 0x01000193;
            h = (h ^ word(buf, end - 4)) * 0x01000193;
        } else {
            for (int i = start; i < start + length; i++) {
                h = (h ^ buf[i]) * 0x01000193;
            }
        }
        return h ^ (h >>> 16);
    }

    private static int word(byte[] buf, int at) {
        return (buf[at] & 0xFF) | (buf[at + 1] & 0xFF) << 8 | (buf[at + 2] & 0xFF) << 16 | buf[at + 3] << 24;
    }

    @Override
    public String toString() {
        return "JsonNames" + Arrays.toString(names);
    }
}
