package dev.streamevent.flink;

import java.util.Objects;

import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/**
 * Flink type information for a streamevent type: its serializer is a {@link StreamEventTypeSerializer}, which writes
 * the codec's JSON. Flink uses it wherever the type travels or is stored, instead of its generic (Kryo) fallback, so
 * jobs run with generic types disabled ({@code pipeline.generic-types: false}).
 *
 * @param <T> the value type
 */
public final class StreamEventTypeInfo<T> extends TypeInformation<T> {

    private static final long serialVersionUID = 1L;

    /** Supplies the codec on each task manager; the codec itself is not serializable. */
    private final CodecSupplier<T> supplier;
    /** The decoded type, for Flink's type information. */
    private final Class<T> type;

    /**
     * Creates a {@code StreamEventTypeInfo}.
     *
     * @param supplier the codec, such as {@code () -> ResponseStreamEventCodec.INSTANCE}
     * @param type the value type, such as {@code ResponseStreamEvent.class}
     */
    public StreamEventTypeInfo(CodecSupplier<T> supplier, Class<T> type) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
        this.type = Objects.requireNonNull(type, "type");
    }

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<T> getTypeClass() {
        return type;
    }

    /** Not a key type: key a stream by a property instead, such as {@code event -> event.type()}. */
    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<T> createSerializer(SerializerConfig config) {
        return new StreamEventTypeSerializer<>(supplier, type);
    }

    @Override
    public String toString() {
        return "StreamEventTypeInfo<" + type.getName() + ">";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof StreamEventTypeInfo
                && ((StreamEventTypeInfo<?>) obj).canEqual(this)
                && type == ((StreamEventTypeInfo<?>) obj).type
                && supplier.codec() == ((StreamEventTypeInfo<?>) obj).supplier.codec();
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public boolean canEqual(Object obj) {
        return obj instanceof StreamEventTypeInfo;
    }
}
