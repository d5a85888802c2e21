package dev.streamevent.runtime;

/**
 * Bounds that keep reading untrusted input cheap: each is checked before any work its input would cost, and
 * exceeding one is a {@link JsonException} that names the limit and its value.
 *
 * @param maxDepth how deeply objects and arrays may nest
 * @param maxStringLength the longest string value, in UTF-8 bytes as they appear in the input
 * @param maxNumberLength the longest number literal, in characters, checked before any conversion
 * @param maxNameLength the longest member name, in UTF-8 bytes as they appear in the input
 * @param maxDocumentSize the largest document, in bytes
 */
public record JsonLimits(int maxDepth, int maxStringLength, int maxNumberLength, int maxNameLength,
                         int maxDocumentSize) {

    /** The defaults: depth 512, strings 32 MiB, numbers 1,000 characters, names 8 KiB, documents 64 MiB. */
    public static final JsonLimits DEFAULT = new JsonLimits(512, 32 << 20, 1000, 8 << 10, 64 << 20);

    /**
     * Checks that every limit is positive.
     *
     * @param maxDepth how deeply objects and arrays may nest
     * @param maxStringLength the longest string value, in UTF-8 bytes as they appear in the input
     * @param maxNumberLength the longest number literal, in characters
     * @param maxNameLength the longest member name, in UTF-8 bytes as they appear in the input
     * @param maxDocumentSize the largest document, in bytes
     * @throws IllegalArgumentException if one is not
     */
    public JsonLimits {
        requirePositive("maxDepth", maxDepth);
        requirePositive("maxStringLength", maxStringLength);
        requirePositive("maxNumberLength", maxNumberLength);
        requirePositive("maxNameLength", maxNameLength);
        requirePositive("maxDocumentSize", maxDocumentSize);
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    /**
     * Returns these limits with another maximum nesting depth.
     *
     * @param value the new maximum nesting depth
     * @return a copy with that depth limit
     */
    public JsonLimits withMaxDepth(int value) {
        return new JsonLimits(value, maxStringLength, maxNumberLength, maxNameLength, maxDocumentSize);
    }

    /**
     * Returns these limits with another maximum string length.
     *
     * @param value the new maximum string length in bytes
     * @return a copy with that string length limit
     */
    public JsonLimits withMaxStringLength(int value) {
        return new JsonLimits(maxDepth, value, maxNumberLength, maxNameLength, maxDocumentSize);
    }

    /**
     * Returns these limits with another maximum number length.
     *
     * @param value the new maximum number literal length
     * @return a copy with that number length limit
     */
    public JsonLimits withMaxNumberLength(int value) {
        return new JsonLimits(maxDepth, maxStringLength, value, maxNameLength, maxDocumentSize);
    }

    /**
     * Returns these limits with another maximum member name length.
     *
     * @param value the new maximum member name length in bytes
     * @return a copy with that name length limit
     */
    public JsonLimits withMaxNameLength(int value) {
        return new JsonLimits(maxDepth, maxStringLength, maxNumberLength, value, maxDocumentSize);
    }

    /**
     * Returns these limits with another maximum document size.
     *
     * @param value the new maximum document size in bytes
     * @return a copy with that document size limit
     */
    public JsonLimits withMaxDocumentSize(int value) {
        return new JsonLimits(maxDepth, maxStringLength, maxNumberLength, maxNameLength, value);
    }
}
