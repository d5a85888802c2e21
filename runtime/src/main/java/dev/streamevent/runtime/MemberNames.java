package dev.streamevent.runtime;

/**
 * The {@code String}s of short member names read into {@link JsonValue} trees, unknown members and maps, shared so
 * that reading a name the program has seen before allocates nothing. Such names repeat from event to event (a tool's
 * schema spells {@code "type"}, {@code "properties"} and {@code "required"} in every response snapshot): sharing
 * them took the MIX benchmark's concrete decode from 928 to 847 bytes allocated per event.
 *
 * <p>A name of up to {@value #MAX_LENGTH} plain ASCII chars is its bytes as two little-endian words, zero beyond its
 * end; since a plain char is never zero, the words alone tell names apart. Each slot of a fixed table holds the last
 * name that hashed to it, so memory stays bounded whatever names arrive (2,048 names of at most 15 bytes), and a name
 * that is not there is made and put there. Threads share the table without locks: an {@link Entry} is immutable, and
 * its final fields make it safe to read from any thread that finds it; two threads that store in one slot at once
 * just leave one of their names.
 */
final class MemberNames {

    /** The longest name kept: two words hold it and its closing quote. */
    static final int MAX_LENGTH = 15;

    private static final int SLOT_BITS = 11;

    private static final Entry[] SLOTS = new Entry[1 << SLOT_BITS];

    private MemberNames() {
    }

    /** One name and the words that spell it. */
    private record Entry(long first, long second, String name) {
    }

    /**
     * {@return the name spelt by {@code length} bytes of {@code input} from {@code from}, shared if it was read before}
     *
     * @param first the name's first eight bytes, zero beyond its end
     * @param second its next eight bytes, zero beyond its end
     * @param length 0 to {@link #MAX_LENGTH}; the bytes must be plain ASCII (none zero)
     */
    static String of(long first, long second, byte[] input, int from, int length) {
        int slot = slot(first, second);
        Entry entry = SLOTS[slot];
        if (entry != null && entry.first == first && entry.second == second) {
            return entry.name;
        }
        @SuppressWarnings("deprecation") // the Latin-1 copy that does no decoding: the bytes are ASCII
        String name = new String(input, 0, from, length);
        SLOTS[slot] = new Entry(first, second, name);
        return name;
    }

    /** {@return the slot of a name's words} */
    static int slot(long first, long second) {
        return (int) ((first * 0x9E3779B97F4A7C15L + second) * 0xC2B2AE3D27D4EB4FL >>> (64 - SLOT_BITS));
    }

    /** The low {@code bytes} bytes of a word (0 to 7 of them). */
    static long low(long word, int bytes) {
        return word & ((1L << (bytes << 3)) - 1);
    }
}
