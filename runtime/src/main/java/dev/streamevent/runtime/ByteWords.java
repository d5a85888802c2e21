package dev.streamevent.runtime;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A short fixed byte string, such as a member's {@code "name":} or a quoted enum value, with its bytes held as
 * little-endian words, so that the reader compares input with it in line. {@code Arrays.equals} on a range calls a
 * stub, and for these strings the call cost more than the compare: SMALL concrete decode took 102.7 and 105.2 ns with
 * the words against 112.1 and 109.9 ns with the stub (JMH, the jars taking turns).
 *
 * <p>A string of 1 to 16 bytes is compared as two windows of eight bytes: the first eight and the last eight, which
 * overlap unless it has 16. A string of up to 8 bytes has one window, compared twice, and masks off the bytes past
 * its end. Both windows are always compared, with no branch on the length: one reader's call site matches names of
 * every length, so a branch there was mispredicted whenever the lengths of consecutive names changed sides. Everything
 * a compare needs is a field of this one object, one load away from the table.
 *
 * <p>Longer strings have no words: {@link #wordSpan} is then larger than any input, and the reader falls back to
 * {@code Arrays.equals}. A third window, for strings of up to 24 bytes, made MIX concrete decode faster (506–509
 * against 528–539 ns) but SMALL slower (96.5–96.9 against 92.4–94.1 ns), and a loop over the words made SMALL much
 * slower (134–146 ns in a harness): a larger compare changes what C2 inlines into the generated readers.
 */
final class ByteWords {

    /** The longest string that has words. */
    static final int MAX_LENGTH = 16;

    /** The string. */
    final byte[] bytes;
    /** Its length in bytes. */
    final int length;
    /**
     * How many input bytes from the compared position a word compare reads: at least 8 even for a shorter string, and
     * {@link Integer#MAX_VALUE} for one that has no words, so that no input has enough left for a word compare.
     */
    final int wordSpan;
    /** The member these bytes name, for a member prefix; -1 otherwise. */
    final int index;
    private final long first;
    private final long firstMask;
    private final int secondOffset;
    private final long second;
    private final long secondMask;

    private ByteWords(byte[] bytes, int index) {
        this.bytes = bytes;
        this.index = index;
        this.length = bytes.length;
        ByteBuffer padded = ByteBuffer.wrap(Arrays.copyOf(bytes, MAX_LENGTH)).order(ByteOrder.LITTLE_ENDIAN);
        if (length == 0 || length > MAX_LENGTH) {
            wordSpan = Integer.MAX_VALUE;
            first = second = firstMask = secondMask = 0;
            secondOffset = 0;
        } else if (length <= 8) {
            wordSpan = 8;
            first = second = padded.getLong(0);
            firstMask = secondMask = -1L >>> (64 - 8 * length);
            secondOffset = 0;
        } else {
            wordSpan = length;
            first = padded.getLong(0);
            secondOffset = length - 8;
            second = padded.getLong(secondOffset);
            firstMask = secondMask = -1L;
        }
    }

    /** {@return {@code bytes} with its words; the array is kept, not copied, and must not change} */
    static ByteWords of(byte[] bytes) {
        return new ByteWords(bytes, -1);
    }

    /** {@return a member's {@code "name":} bytes with their words and the member's index in its table} */
    static ByteWords member(byte[] bytes, int index) {
        return new ByteWords(bytes, index);
    }

    /**
     * Whether {@code input} holds the string at {@code at}. The caller guarantees that {@link #wordSpan} bytes from
     * {@code at} are part of the document.
     *
     * @param input a little-endian view of the input
     * @param at where to compare
     * @return whether the bytes are equal
     */
    boolean matchAt(ByteBuffer input, int at) {
        long firstDifference = (input.getLong(at) ^ first) & firstMask;
        long secondDifference = (input.getLong(at + secondOffset) ^ second) & secondMask;
        return (firstDifference | secondDifference) == 0;
    }
}
