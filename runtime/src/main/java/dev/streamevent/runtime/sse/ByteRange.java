package dev.streamevent.runtime.sse;

/** A half-open range {@code [start, end)} of a byte array. */
record ByteRange(int start, int end) {

    int length() {
        return end - start;
    }
}
