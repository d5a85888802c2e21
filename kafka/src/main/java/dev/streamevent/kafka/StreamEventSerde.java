package dev.streamevent.kafka;

import java.util.Map;

import org.apache.kafka.common.serialization.Serde;

import dev.streamevent.runtime.JsonCodec;

/**
 * A Kafka {@link Serde} for one codec: a {@link StreamEventSerializer} and a {@link StreamEventDeserializer}. Use it
 * with producers, consumers and Kafka Streams ({@code Consumed.with}, {@code Produced.with}). {@link #configure}
 * passes the configuration to both, so {@value StreamEventSerdeConfig#ON_INVALID} works here too.
 *
 * <p>To name it in a {@code default.value.serde} property, subclass it with a no-argument constructor that passes
 * your codec.
 *
 * @param <T> the event type
 */
public class StreamEventSerde<T> implements Serde<T> {

    private final StreamEventSerializer<T> serializer;
    private final StreamEventDeserializer<T> deserializer;

    /**
     * A serde with the codec's default policy ({@link InvalidRecordPolicy#defaultFor}).
     *
     * @param codec the codec, such as {@code ResponseStreamEventCodec.INSTANCE}
     */
    public StreamEventSerde(JsonCodec<T> codec) {
        this(new StreamEventSerializer<>(codec), new StreamEventDeserializer<>(codec));
    }

    /**
     * Creates a serde whose deserializer follows the given policy.
     *
     * @param codec the codec
     * @param policy what the deserializer does with a record the codec cannot decode
     * @throws IllegalArgumentException if the policy needs a family codec and this one is not
     */
    public StreamEventSerde(JsonCodec<T> codec, InvalidRecordPolicy policy) {
        this(new StreamEventSerializer<>(codec), new StreamEventDeserializer<>(codec, policy));
    }

    private StreamEventSerde(StreamEventSerializer<T> serializer, StreamEventDeserializer<T> deserializer) {
        this.serializer = serializer;
        this.deserializer = deserializer;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public StreamEventSerializer<T> serializer() {
        return serializer;
    }

    @Override
    public StreamEventDeserializer<T> deserializer() {
        return deserializer;
    }
}
