package dev.streamevent.flink;

import java.io.IOException;
import java.util.Objects;

import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

import dev.streamevent.runtime.FamilyCodec;
import dev.streamevent.runtime.JsonCodec;

/**
 * A Flink {@link TypeSerializer} that writes a value as its codec's JSON, prefixed by the length. Family members that
 * carry raw bytes (unknown and invalid) are written and read back unchanged. No Kryo, no reflection.
 *
 * <p>Values are treated as immutable, as every generated type is, so {@code copy} returns the value itself.
 *
 * @param <T> the value type
 */
public final class StreamEventTypeSerializer<T> extends TypeSerializer<T> {

    private static final long serialVersionUID = 1L;
    private static final int NULL = -1;

    /** Supplies the codec on each task manager; the codec itself is not serializable. */
    private final CodecSupplier<T> supplier;
    /** The decoded type, for Flink's type information. */
    private final Class<T> type;
    private transient JsonCodec<T> codec;

    /**
     * Creates a {@code StreamEventTypeSerializer}.
     *
     * @param supplier the codec, such as {@code () -> ResponseStreamEventCodec.INSTANCE}
     * @param type the value type
     */
    public StreamEventTypeSerializer(CodecSupplier<T> supplier, Class<T> type) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
        this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * {@return the codec}
     */
    public JsonCodec<T> codec() {
        JsonCodec<T> current = codec;
        if (current == null) {
            current = Objects.requireNonNull(supplier.codec(), "the codec supplier gave null");
            codec = current;
        }
        return current;
    }

    /**
     * {@return the codec supplier}
     */
    public CodecSupplier<T> supplier() {
        return supplier;
    }

    /**
     * {@return the value type}
     */
    public Class<T> type() {
        return type;
    }

    @Override
    public boolean isImmutableType() {
        return true;
    }

    /** The serializer has no mutable state (the codec is thread-safe), so it is its own duplicate. */
    @Override
    public TypeSerializer<T> duplicate() {
        return this;
    }

    /** There is no empty value of an event type: {@code null}. */
    @Override
    public T createInstance() {
        return null;
    }

    @Override
    public T copy(T from) {
        return from;
    }

    @Override
    public T copy(T from, T reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(T record, DataOutputView target) throws IOException {
        if (record == null) {
            target.writeInt(NULL);
            return;
        }
        byte[] json = codec().encode(record);
        target.writeInt(json.length);
        target.write(json);
    }

    /** A family codec reads leniently, so invalid members (whose bytes may not even be JSON) come back as they went. */
    @Override
    public T deserialize(DataInputView source) throws IOException {
        int length = source.readInt();
        if (length == NULL) {
            return null;
        }
        byte[] json = new byte[length];
        source.readFully(json);
        JsonCodec<T> current = codec();
        return current instanceof FamilyCodec ? ((FamilyCodec<T>) current).decodeLenient(json) : current.decode(json);
    }

    @Override
    public T deserialize(T reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    /** Copies one value's bytes through an array: some targets (a full {@code DataOutputSerializer}) cannot grow
     * while writing straight from a source view. */
    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        int length = source.readInt();
        target.writeInt(length);
        if (length > 0) {
            byte[] json = new byte[length];
            source.readFully(json);
            target.write(json);
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof StreamEventTypeSerializer
                && type == ((StreamEventTypeSerializer<?>) obj).type
                && codec() == ((StreamEventTypeSerializer<?>) obj).codec();
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + codec().hashCode();
    }

    @Override
    public TypeSerializerSnapshot<T> snapshotConfiguration() {
        return new StreamEventSerializerSnapshot<>(this);
    }
}
