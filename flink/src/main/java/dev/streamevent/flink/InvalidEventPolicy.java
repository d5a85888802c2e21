package dev.streamevent.flink;

import dev.streamevent.runtime.FamilyCodec;
import dev.streamevent.runtime.JsonCodec;

/**
 * What {@link StreamEventDeserializationSchema} does with a message the codec cannot decode: fail the source, or
 * deliver the family's invalid member with the raw bytes. Either way the message is never skipped.
 */
public enum InvalidEventPolicy {

    /** Throw an {@link java.io.IOException} carrying the JSON error (reason, byte offset and JSON path). */
    FAIL,

    /** Deliver the family's invalid member, which keeps the raw bytes and the error. Needs a {@link FamilyCodec}. */
    DELIVER_INVALID;

    /**
     * Creates a {@code InvalidEventPolicy}.
     *
     * @param codec a codec
     * @return {@link #DELIVER_INVALID} for a family codec, {@link #FAIL} for any other
     */
    public static InvalidEventPolicy defaultFor(JsonCodec<?> codec) {
        return codec instanceof FamilyCodec ? DELIVER_INVALID : FAIL;
    }
}
