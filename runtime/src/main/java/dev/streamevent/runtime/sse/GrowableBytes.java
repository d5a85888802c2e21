package dev.streamevent.runtime.sse;

import java.util.Arrays;

/** A byte buffer that grows on demand; callers bound its size before appending. */
final class GrowableBytes {

    private static final int INITIAL_CAPACITY = 256;
    /** Above this, clearing drops the array so that one huge event does not pin its memory for the whole stream. */
    private static final int RETAINED_CAPACITY = 64 * 1024;

    private byte[] bytes = new byte[INITIAL_CAPACITY];
    private int length;

    int length() {
        return length;
    }

    boolean isEmpty() {
        return length == 0;
    }

    /** The backing array; only the first {@link #length()} bytes are meaningful. */
    byte[] array() {
        return bytes;
    }

    void append(byte[] source, int offset, int count) {
        ensureCapacity(count);
        System.arraycopy(source, offset, bytes, length, count);
        length += count;
    }

    void append(byte value) {
        ensureCapacity(1);
        bytes[length++] = value;
    }

    byte[] copyOf(int count) {
        return Arrays.copyOf(bytes, count);
    }

    void clear() {
        length = 0;
        if (bytes.length > RETAINED_CAPACITY) {
            bytes = new byte[INITIAL_CAPACITY];
        }
    }

    private void ensureCapacity(int extra) {
        int needed = length + extra;
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
        }
    }
}
