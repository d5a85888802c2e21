package dev.streamevent.flink;

import java.io.IOException;

import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.util.InstantiationUtil;

/**
 * The snapshot of a {@link StreamEventTypeSerializer} kept with checkpoints and savepoints. It stores the serializer
 * (its {@link CodecSupplier} and value type) in Java serialized form, the way Flink ships the job's functions, so a
 * restore can read state written by it. The state itself is the codec's JSON, so any serializer of the same value
 * type reads it: they are compatible as they are.
 *
 * @param <T> the value type
 */
public final class StreamEventSerializerSnapshot<T> implements TypeSerializerSnapshot<T> {

    private static final int VERSION = 1;

    private StreamEventTypeSerializer<T> serializer;

    /** For Flink, which creates the snapshot by class name before it reads one. */
    public StreamEventSerializerSnapshot() {
    }

    /**
     * Creates a {@code StreamEventSerializerSnapshot}.
     *
     * @param serializer the serializer to snapshot
     */
    public StreamEventSerializerSnapshot(StreamEventTypeSerializer<T> serializer) {
        this.serializer = serializer;
    }

    @Override
    public int getCurrentVersion() {
        return VERSION;
    }

    @Override
    public void writeSnapshot(DataOutputView out) throws IOException {
        byte[] bytes = InstantiationUtil.serializeObject(serializer);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    @Override
    public void readSnapshot(int readVersion, DataInputView in, ClassLoader userCodeClassLoader) throws IOException {
        if (readVersion != VERSION) {
            throw new IOException("unknown StreamEventSerializerSnapshot version " + readVersion);
        }
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        try {
            serializer = InstantiationUtil.deserializeObject(bytes, userCodeClassLoader);
        } catch (ClassNotFoundException e) {
            throw new IOException("cannot restore the streamevent serializer: " + e.getMessage(), e);
        }
    }

    @Override
    public TypeSerializer<T> restoreSerializer() {
        return serializer;
    }

    /** Compatible as is with a snapshot of the same value type: both read and write the codec's JSON. */
    @Override
    public TypeSerializerSchemaCompatibility<T> resolveSchemaCompatibility(TypeSerializerSnapshot<T> old) {
        if (old instanceof StreamEventSerializerSnapshot
                && ((StreamEventSerializerSnapshot<T>) old).serializer.type() == serializer.type()) {
            return TypeSerializerSchemaCompatibility.compatibleAsIs();
        }
        return TypeSerializerSchemaCompatibility.incompatible();
    }
}
