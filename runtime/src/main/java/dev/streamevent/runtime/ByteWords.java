package dev.streamevent.runtime;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Short fixed byte strings, such as a member's {@code "name":} or a quoted enum value, held as little-endian words so
 * that the reader compares input with them in line, one or two words at a time. {@code Arrays.equals} on a range
 * calls a stub, and for these strings the call cost more than the compare: SMALL concrete decode took 102.7 and
 * 105.2 ns with the words against 112.1 and 109.9 ns with the stub (JMH, the jars taking turns).
 *
 * <p>A string of 1 to 8 bytes is one word, whose unused high bytes are zero and masked off in the compare. One of 9
 * to 16 bytes is two words: the first eight bytes and the last eight, which overlap unless it has 16. Longer strings
 * have no words here. A third word, for strings of up to 24 bytes, made MIX concrete decode faster (506–509 against
 * 528–539 ns) but SMALL slower (96.5–96.9 against 92.4–94.1 ns), and a loop over the words made SMALL much slower
 * (134–146 ns in a harness): a larger compare changes what C2 inlines into the generated readers.
 */
final class ByteWords {

    /** The longest string that has words. */
    static final int MAX_LENGTH = 16;

    private static final long[] NONE = new long[0];

    private ByteWords() {
    }

    /** {@return the words of {@code bytes}, as {@link #matchAt} expects them; none if it is empty or too long} */
    static long[] of(byte[] bytes) {
        int length = bytes.length;
        if (length == 0 || length > MAX_LENGTH) {
            return NONE;
        }
        ByteBuffer view = ByteBuffer.wrap(Arrays.copyOf(bytes, MAX_LENGTH)).order(ByteOrder.LITTLE_ENDIAN);
        return length <= 8 ? new long[] {view.getLong(0)} : new long[] {view.getLong(0), view.getLong(length - 8)};
    }

    /**
     * Whether {@code input} holds the string at {@code at}. The caller guarantees that the string has words, and
     * that {@code max(length, 8)} bytes from {@code at} are part of the document.
     *
     * @param words the string's words, from {@link #of}
     * @param length the string's length in bytes
     * @param input a little-endian view of the input
     * @param at where to compare
     * @return whether the bytes are equal
     */
    static boolean matchAt(long[] words, int length, ByteBuffer input, int at) {
        long first = input.getLong(at) ^ words[0];
        if (length <= 8) {
            return (first & (-1L >>> (64 - 8 * length))) == 0;
        }
        return first == 0 && input.getLong(at + length - 8) == words[1];
    }
}
