package dev.streamevent.kafka;

import dev.streamevent.runtime.JsonCodec;

/**
 * One-line factories from a codec to Kafka serdes:
 *
 * <pre>{@code
 * Serde<ResponseStreamEvent> serde = StreamEventSerdes.of(ResponseStreamEventCodec.INSTANCE);
 * }</pre>
 */
public final class StreamEventSerdes {

    private StreamEventSerdes() {
    }

    /**
     * A serde with the codec's default policy: a family codec delivers invalid members, any other codec fails.
     *
     * @param codec the codec
     * @param <T> the event type
     * @return the serde
     */
    public static <T> StreamEventSerde<T> of(JsonCodec<T> codec) {
        return new StreamEventSerde<>(codec);
    }

    /**
     * Creates a {@code StreamEventSerde}.
     *
     * @param codec the codec
     * @param policy what the deserializer does with a record the codec cannot decode
     * @param <T> the event type
     * @return the serde
     * @throws IllegalArgumentException if the policy needs a family codec and this one is not
     */
    public static <T> StreamEventSerde<T> of(JsonCodec<T> codec, InvalidRecordPolicy policy) {
        return new StreamEventSerde<>(codec, policy);
    }

    /**
     * Creates a {@code StreamEventSerializer}.
     *
     * @param codec the codec
     * @param <T> the event type
     * @return a serializer
     */
    public static <T> StreamEventSerializer<T> serializer(JsonCodec<T> codec) {
        return new StreamEventSerializer<>(codec);
    }

    /**
     * Creates a {@code StreamEventDeserializer}.
     *
     * @param codec the codec
     * @param policy what to do with a record the codec cannot decode
     * @param <T> the event type
     * @return a deserializer
     * @throws IllegalArgumentException if the policy needs a family codec and this one is not
     */
    public static <T> StreamEventDeserializer<T> deserializer(JsonCodec<T> codec, InvalidRecordPolicy policy) {
        return new StreamEventDeserializer<>(codec, policy);
    }
}
