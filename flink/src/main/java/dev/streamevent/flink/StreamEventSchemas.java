package dev.streamevent.flink;

import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * One-line factories from a codec to Flink schemas and type information:
 *
 * <pre>{@code
 * DeserializationSchema<ResponseStreamEvent> schema =
 *         StreamEventSchemas.deserializer(() -> ResponseStreamEventCodec.INSTANCE, ResponseStreamEvent.class);
 * }</pre>
 */
public final class StreamEventSchemas {

    private StreamEventSchemas() {
    }

    /**
     * A deserialization schema with the codec's default policy: a family codec delivers invalid members, any other
     * codec fails.
     *
     * @param codec the codec, such as {@code () -> ResponseStreamEventCodec.INSTANCE}
     * @param type the event type
     * @param <T> the event type
     * @return the schema
     */
    public static <T> StreamEventDeserializationSchema<T> deserializer(CodecSupplier<T> codec, Class<T> type) {
        return new StreamEventDeserializationSchema<>(codec, type, InvalidEventPolicy.defaultFor(codec.codec()));
    }

    /**
     * Creates a {@code StreamEventDeserializationSchema}.
     *
     * @param codec the codec
     * @param type the event type
     * @param policy what to do with a message the codec cannot decode
     * @param <T> the event type
     * @return the schema
     */
    public static <T> StreamEventDeserializationSchema<T> deserializer(CodecSupplier<T> codec, Class<T> type,
            InvalidEventPolicy policy) {
        return new StreamEventDeserializationSchema<>(codec, type, policy);
    }

    /**
     * Creates a {@code StreamEventSerializationSchema}.
     *
     * @param codec the codec
     * @param <T> the event type
     * @return a serialization schema
     */
    public static <T> StreamEventSerializationSchema<T> serializer(CodecSupplier<T> codec) {
        return new StreamEventSerializationSchema<>(codec);
    }

    /**
     * Creates a {@code TypeInformation}.
     *
     * @param codec the codec
     * @param type the value type
     * @param <T> the value type
     * @return type information for {@code returns(...)} and state descriptors
     */
    public static <T> TypeInformation<T> typeInfo(CodecSupplier<T> codec, Class<T> type) {
        return new StreamEventTypeInfo<>(codec, type);
    }
}
