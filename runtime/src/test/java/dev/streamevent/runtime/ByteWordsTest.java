package dev.streamevent.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The word compare on its own. The reader tests show that it never matches a wrong string; these show that it always
 * matches the right one, whatever surrounds it, since a compare that misses would only slow the reader down, and no
 * reader test would see that.
 */
class ByteWordsTest {

    /** Bytes that sit before the compared position, so that the compare is not at the array's start. */
    private static final int BEFORE = 5;

    static IntStream lengths() {
        return IntStream.rangeClosed(0, 24);
    }

    static IntStream lengthsWithWords() {
        return IntStream.rangeClosed(1, ByteWords.MAX_LENGTH);
    }

    /** A string of {@code length} distinct, non-zero bytes, so that every byte of every window counts. */
    private static byte[] string(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) ('A' + i);
        }
        return bytes;
    }

    /** The string at {@link #BEFORE}, in an array filled with {@code filler} before it and for 16 bytes after it. */
    private static ByteBuffer input(byte[] string, byte filler) {
        byte[] input = new byte[BEFORE + string.length + 16];
        Arrays.fill(input, filler);
        System.arraycopy(string, 0, input, BEFORE, string.length);
        return ByteBuffer.wrap(input).order(ByteOrder.LITTLE_ENDIAN);
    }

    @ParameterizedTest
    @MethodSource("lengths")
    void aStringHasWordsUpTo16BytesAndSaysHowMuchInputTheyRead(int length) {
        ByteWords words = ByteWords.of(string(length));
        int expected = length == 0 || length > ByteWords.MAX_LENGTH ? Integer.MAX_VALUE : Math.max(length, 8);
        assertEquals(expected, words.wordSpan);
        assertEquals(length, words.length);
    }

    @ParameterizedTest
    @MethodSource("lengthsWithWords")
    void aStringWithWordsMatchesItselfWhateverFollowsIt(int length) {
        byte[] string = string(length);
        ByteWords words = ByteWords.of(string);
        for (int filler : new int[] {0x00, 0xFF, '"', ':', 'A' + length}) {
            assertTrue(words.matchAt(input(string, (byte) filler), BEFORE), "filler " + filler);
        }
    }

    @ParameterizedTest
    @MethodSource("lengthsWithWords")
    void aStringWithWordsMissesWhenAnyOneOfItsBytesDiffers(int length) {
        byte[] string = string(length);
        ByteWords words = ByteWords.of(string);
        for (int i = 0; i < length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] changed = string.clone();
                changed[i] ^= (byte) (1 << bit);
                assertFalse(words.matchAt(input(changed, (byte) 0), BEFORE), "byte " + i + ", bit " + bit);
            }
        }
    }
}
