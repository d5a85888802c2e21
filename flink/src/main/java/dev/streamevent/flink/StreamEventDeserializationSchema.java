package dev.streamevent.flink;

import java.io.IOException;
import java.util.Objects;

import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;

import dev.streamevent.runtime.FamilyCodec;
import dev.streamevent.runtime.JsonCodec;
import dev.streamevent.runtime.JsonException;

/**
 * A Flink {@link DeserializationSchema} that decodes each message with a codec, for sources such as
 * {@code KafkaSource.builder().setValueOnlyDeserializer(...)}. Its produced type is a {@link StreamEventTypeInfo}, so
 * the events never go through Kryo. A message the codec cannot decode is handled by the {@link InvalidEventPolicy}.
 *
 * <p>A {@code null} message (a Kafka tombstone) gives {@code null}, which Flink's sources skip, as a Flink stream cannot
 * carry {@code null}; a poison message is never skipped.
 *
 * @param <T> the event type
 */
public final class StreamEventDeserializationSchema<T> implements DeserializationSchema<T> {

    private static final long serialVersionUID = 1L;

    /** Supplies the codec on each task manager; the codec itself is not serializable. */
    private final CodecSupplier<T> supplier;
    /** The decoded type, for Flink's type information. */
    private final Class<T> type;
    /** What to do with a record the codec cannot decode. */
    private final InvalidEventPolicy policy;

    /**
     * Creates a {@code StreamEventDeserializationSchema}.
     *
     * @param supplier the codec, such as {@code () -> ResponseStreamEventCodec.INSTANCE}
     * @param type the event type, such as {@code ResponseStreamEvent.class}
     * @param policy what to do with a message the codec cannot decode
     * @throws IllegalArgumentException if the policy delivers invalid members and the codec is not a family codec
     */
    public StreamEventDeserializationSchema(CodecSupplier<T> supplier, Class<T> type, InvalidEventPolicy policy) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
        this.type = Objects.requireNonNull(type, "type");
        this.policy = Objects.requireNonNull(policy, "policy");
        if (policy == InvalidEventPolicy.DELIVER_INVALID && !(supplier.codec() instanceof FamilyCodec)) {
            throw new IllegalArgumentException("DELIVER_INVALID needs a family codec (FamilyCodec), which has an invalid"
                    + " member to deliver");
        }
    }

    /**
     * {@return the policy}
     */
    public InvalidEventPolicy policy() {
        return policy;
    }

    /**
     * Decodes one record with the codec, following the policy for records it cannot decode.
     *
     * @throws IOException under {@link InvalidEventPolicy#FAIL}, with the JSON error (offset and path) as its cause
     */
    @Override
    public T deserialize(byte[] message) throws IOException {
        if (message == null) {
            return null;
        }
        JsonCodec<T> codec = supplier.codec();
        if (policy == InvalidEventPolicy.DELIVER_INVALID) {
            return ((FamilyCodec<T>) codec).decodeLenient(message);
        }
        try {
            return codec.decode(message);
        } catch (JsonException e) {
            throw new IOException("cannot decode a " + message.length + "-byte message with "
                    + codec.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isEndOfStream(T nextElement) {
        return false;
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return new StreamEventTypeInfo<>(supplier, type);
    }
}
