package dev.streamevent.kafka;

import java.util.Locale;

import dev.streamevent.runtime.FamilyCodec;
import dev.streamevent.runtime.JsonCodec;

/**
 * What a deserializer does with a record whose bytes the codec cannot decode (malformed JSON, a missing required
 * property, a wrong JSON type): a poison record. Either way the record is never skipped silently. Record values that
 * are {@code null} (tombstones) are not poison: they deserialize to {@code null} under both policies.
 */
public enum InvalidRecordPolicy {

    /**
     * Throw {@link org.apache.kafka.common.errors.SerializationException} with the JSON error (reason, byte offset,
     * line, column and JSON path). The consumer reports it as a
     * {@link org.apache.kafka.common.errors.RecordDeserializationException} naming the partition and offset.
     */
    FAIL("fail"),

    /**
     * Decode leniently and deliver the family's invalid member, which keeps the record's raw bytes and the error; the
     * serializer writes those bytes back unchanged. Only a {@link FamilyCodec} has an invalid member.
     */
    DELIVER_INVALID("deliver");

    private final String configValue;

    InvalidRecordPolicy(String configValue) {
        this.configValue = configValue;
    }

    /**
     * {@return the value of {@value StreamEventSerdeConfig#ON_INVALID} that selects this policy}
     */
    public String configValue() {
        return configValue;
    }

    /**
     * Parses a configuration value: {@code fail}, or {@code deliver} (also {@code deliver_invalid} and
     * {@code deliver-invalid}), in any case.
     *
     * @param value the configured text
     * @return the policy
     * @throws IllegalArgumentException for any other text
     */
    public static InvalidRecordPolicy parse(String value) {
        String normalised = value.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        switch (normalised) {
            case "fail":
                return FAIL;
            case "deliver":
            case "deliver_invalid":
                return DELIVER_INVALID;
            default:
                throw new IllegalArgumentException("expected fail or deliver, got '" + value + "'");
        }
    }

    /**
     * The policy used when none is given: {@link #DELIVER_INVALID} for a family codec, which keeps a stream going past a
     * bad event as the rest of streamevent does, and {@link #FAIL} for any other codec, which has no invalid member.
     *
     * @param codec the codec
     * @return the default policy for it
     */
    public static InvalidRecordPolicy defaultFor(JsonCodec<?> codec) {
        return codec instanceof FamilyCodec ? DELIVER_INVALID : FAIL;
    }

    /**
     * Tells whether this policy can be used with a codec: delivering invalid members needs a family codec.
     *
     * @param codec the codec the policy would be used with
     * @return whether the policy can be used with it: {@link #DELIVER_INVALID} needs a {@link FamilyCodec}
     */
    public boolean supports(JsonCodec<?> codec) {
        return this == FAIL || codec instanceof FamilyCodec;
    }
}
