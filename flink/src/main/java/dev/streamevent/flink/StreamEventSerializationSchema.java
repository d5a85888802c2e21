package dev.streamevent.flink;

import java.util.Objects;

import org.apache.flink.api.common.serialization.SerializationSchema;

/**
 * A Flink {@link SerializationSchema} that writes each element as its codec's JSON, for sinks such as
 * {@code KafkaSink}. Unknown and invalid family members are written as their raw bytes, unchanged.
 *
 * @param <T> the event type
 */
public final class StreamEventSerializationSchema<T> implements SerializationSchema<T> {

    private static final long serialVersionUID = 1L;

    /** Supplies the codec on each task manager; the codec itself is not serializable. */
    private final CodecSupplier<T> supplier;

    /**
     * Creates a {@code StreamEventSerializationSchema}.
     *
     * @param supplier the codec, such as {@code () -> ResponseStreamEventCodec.INSTANCE}
     */
    public StreamEventSerializationSchema(CodecSupplier<T> supplier) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
    }

    @Override
    public byte[] serialize(T element) {
        return supplier.codec().encode(element);
    }
}
