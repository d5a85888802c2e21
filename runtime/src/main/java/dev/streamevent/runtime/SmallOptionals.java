package dev.streamevent.runtime;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Shared {@code OptionalInt} and {@code OptionalLong} instances for small non-negative values, the way
 * {@link Integer#valueOf(int)} shares small boxes. Optional numbers in events are mostly sequence numbers, indexes and
 * counts, so reading one usually allocates nothing. The JDK's optionals are value-based, so sharing them is safe.
 */
final class SmallOptionals {

    /** Values below this are shared. */
    static final int SIZE = 1024;

    private static final OptionalInt[] INTS = new OptionalInt[SIZE];
    private static final OptionalLong[] LONGS = new OptionalLong[SIZE];

    static {
        for (int i = 0; i < SIZE; i++) {
            INTS[i] = OptionalInt.of(i);
            LONGS[i] = OptionalLong.of(i);
        }
    }

    private SmallOptionals() {
    }

    static OptionalInt of(int value) {
        return value >= 0 && value < SIZE ? INTS[value] : OptionalInt.of(value);
    }

    static OptionalLong of(long value) {
        return value >= 0 && value < SIZE ? LONGS[(int) value] : OptionalLong.of(value);
    }
}
