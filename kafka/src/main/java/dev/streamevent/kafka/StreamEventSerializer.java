package dev.streamevent.kafka;

import java.util.Map;
import java.util.Objects;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

import dev.streamevent.runtime.JsonCodec;
import dev.streamevent.runtime.JsonException;

/**
 * A Kafka {@link Serializer} that writes a value as the compact JSON its {@link JsonCodec} encodes. A {@code null}
 * value gives a {@code null} record (a tombstone). Family members that carry raw bytes are written unchanged: an
 * unknown member as its JSON, an invalid member as the exact bytes it was read from, even when they are not JSON.
 *
 * <p>It is stateless apart from its codec and thread-safe. To name it in a {@code value.serializer} property,
 * subclass it with a no-argument constructor that passes your codec.
 *
 * @param <T> the encoded type
 */
public class StreamEventSerializer<T> implements Serializer<T> {

    private final JsonCodec<T> codec;

    /**
     * Creates a serializer that writes values with the codec.
     *
     * @param codec the codec, such as {@code ResponseStreamEventCodec.INSTANCE}
     */
    public StreamEventSerializer(JsonCodec<T> codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /**
     * {@return the codec}
     */
    public JsonCodec<T> codec() {
        return codec;
    }

    /** Nothing to configure: encoding has no options. */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // Encoding has no options.
    }

    /**
     * Writes the value with the codec; an invalid family member gives back its raw bytes.
     *
     * @throws SerializationException if the codec cannot write the value (for example, nesting beyond the writer's
     *         depth limit)
     */
    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        try {
            return codec.encode(data);
        } catch (JsonException e) {
            throw new SerializationException("cannot encode a record for topic '" + topic + "' with "
                    + codec.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
