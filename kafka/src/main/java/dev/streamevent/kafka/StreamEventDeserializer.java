package dev.streamevent.kafka;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

import dev.streamevent.runtime.FamilyCodec;
import dev.streamevent.runtime.JsonCodec;
import dev.streamevent.runtime.JsonException;

/**
 * A Kafka {@link Deserializer} that decodes record bytes with a {@link JsonCodec}. A {@code null} record (a
 * tombstone) gives {@code null}. Bytes the codec cannot decode are handled by the {@link InvalidRecordPolicy}: they
 * fail the read or arrive as the family's invalid member; they are never skipped.
 *
 * <p>It decodes straight from the consumer's fetch buffer, without copying the record first. It is thread-safe.
 *
 * <p>To name it in a {@code value.deserializer} property, subclass it with a no-argument constructor that passes your
 * codec, such as {@code super(ResponseStreamEventCodec.INSTANCE)}; streamevent itself never loads classes by name.
 *
 * @param <T> the decoded type
 */
public class StreamEventDeserializer<T> implements Deserializer<T> {

    private final JsonCodec<T> codec;
    private final FamilyCodec<T> family;
    private volatile InvalidRecordPolicy policy;
    private volatile boolean isKey;

    /**
     * A deserializer with the codec's default policy ({@link InvalidRecordPolicy#defaultFor}).
     *
     * @param codec the codec, such as {@code ResponseStreamEventCodec.INSTANCE}
     */
    public StreamEventDeserializer(JsonCodec<T> codec) {
        this(codec, InvalidRecordPolicy.defaultFor(Objects.requireNonNull(codec, "codec")));
    }

    /**
     * Creates a deserializer that reads values with the codec and follows the given policy.
     *
     * @param codec the codec, such as {@code ResponseStreamEventCodec.INSTANCE}
     * @param policy what to do with a record the codec cannot decode
     * @throws IllegalArgumentException if the policy is {@link InvalidRecordPolicy#DELIVER_INVALID} and the codec is
     *         not a {@link FamilyCodec}
     */
    public StreamEventDeserializer(JsonCodec<T> codec, InvalidRecordPolicy policy) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.family = codec instanceof FamilyCodec ? (FamilyCodec<T>) codec : null;
        this.policy = checked(codec, Objects.requireNonNull(policy, "policy"));
    }

    private static InvalidRecordPolicy checked(JsonCodec<?> codec, InvalidRecordPolicy policy) {
        if (!policy.supports(codec)) {
            throw new IllegalArgumentException(policy + " needs a family codec (FamilyCodec), which has an invalid"
                    + " member to deliver; " + codec.getClass().getSimpleName() + " is not one");
        }
        return policy;
    }

    /**
     * Reads {@value StreamEventSerdeConfig#ON_INVALID} and its key/value variants, if present.
     *
     * @throws ConfigException if the value is unknown, or asks to deliver invalid members from a codec that has none
     */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.isKey = isKey;
        InvalidRecordPolicy configured = StreamEventSerdeConfig.onInvalid(configs, isKey).orElse(null);
        if (configured != null) {
            try {
                this.policy = checked(codec, configured);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(e.getMessage());
            }
        }
    }

    /**
     * {@return the policy in force}
     */
    public InvalidRecordPolicy policy() {
        return policy;
    }

    /**
     * {@return the codec}
     */
    public JsonCodec<T> codec() {
        return codec;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        return data == null ? null : decode(topic, data, 0, data.length);
    }

    @Override
    public T deserialize(String topic, Headers headers, byte[] data) {
        return deserialize(topic, data);
    }

    /** Decodes in place from the buffer's backing array when it has one; the buffer's position is left unchanged. */
    @Override
    public T deserialize(String topic, Headers headers, ByteBuffer data) {
        if (data == null) {
            return null;
        }
        if (data.hasArray()) {
            return decode(topic, data.array(), data.arrayOffset() + data.position(), data.remaining());
        }
        byte[] copy = new byte[data.remaining()];
        data.duplicate().get(copy);
        return decode(topic, copy, 0, copy.length);
    }

    private T decode(String topic, byte[] bytes, int offset, int length) {
        if (policy == InvalidRecordPolicy.DELIVER_INVALID) {
            return family.decodeLenient(bytes, offset, length);
        }
        try {
            return codec.decode(bytes, offset, length);
        } catch (JsonException e) {
            throw new SerializationException("cannot decode a record " + (isKey ? "key" : "value") + " of topic '"
                    + topic + "' (" + length + " bytes) with " + codec.getClass().getSimpleName() + ": "
                    + e.getMessage() + " [" + StreamEventSerdeConfig.ON_INVALID + "=" + policy.configValue()
                    + (family == null ? "" : "; set it to deliver to receive the invalid member instead") + "]", e);
        }
    }
}
