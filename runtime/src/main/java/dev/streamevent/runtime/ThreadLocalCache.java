package dev.streamevent.runtime;

/**
 * One reader and one writer per thread for the whole-document conveniences ({@link JsonCodec#decode(byte[])},
 * {@link JsonCodec#encode(Object)}, {@link JsonValue#toJson()}), so that once their buffers are warm a call allocates
 * only the values it produces.
 *
 * <p>A codec may call {@code encode} or {@code decode} from inside its own {@code write} or {@code read} (a JSON
 * document carried in a string, say). Such a nested call finds the thread's instance busy and gets a fresh one, so
 * two calls never share a buffer. Buffers that grew large for one big document are dropped on return rather than
 * kept for the life of the thread.
 */
final class ThreadLocalCache {

    /** Buffers up to this size are kept between calls; larger ones are dropped. */
    private static final int MAX_RETAINED_BYTES = 64 << 10;

    private static final ThreadLocal<ThreadLocalCache> CURRENT = ThreadLocal.withInitial(ThreadLocalCache::new);

    private final JsonReader reader = JsonReader.of(new byte[0]);
    private final JsonWriter writer = JsonWriter.create();

    private ThreadLocalCache() {
    }

    /**
     * @param json an array holding UTF-8 JSON bytes
     * @param offset where the document starts
     * @param length how many bytes it has
     * @return a reader over the document with the default limits; hand it back with {@link #giveBack(JsonReader)}
     */
    static JsonReader borrowReader(byte[] json, int offset, int length) {
        JsonReader reader = CURRENT.get().reader;
        if (reader.lent) {
            return JsonReader.of(json, offset, length);
        }
        try {
            reader.reuse(json, offset, length, JsonLimits.DEFAULT);
        } catch (RuntimeException tooLargeOrOutOfBounds) {
            reader.release();
            throw tooLargeOrOutOfBounds;
        }
        reader.lent = true;
        return reader;
    }

    /**
     * @param reader a reader from {@link #borrowReader(byte[], int, int)}; it must not be used afterwards
     */
    static void giveBack(JsonReader reader) {
        // The reader itself knows whether it is a thread's cached one, which spares a second thread-local lookup.
        if (reader.lent) {
            reader.release();
            reader.lent = false;
        }
    }

    /**
     * @return an empty writer with the default depth limit; hand it back with {@link #giveBack(JsonWriter)}
     */
    static JsonWriter borrowWriter() {
        JsonWriter writer = CURRENT.get().writer;
        if (writer.lent) {
            return JsonWriter.create();
        }
        writer.lent = true;
        return writer;
    }

    /**
     * @param writer a writer from {@link #borrowWriter()}; it must not be used afterwards
     */
    static void giveBack(JsonWriter writer) {
        // As with the reader, the writer knows whether it is a thread's cached one.
        if (writer.lent) {
            writer.resetAndTrim(MAX_RETAINED_BYTES);
            writer.lent = false;
        }
    }
}
