package dev.streamevent.runtime;

import java.nio.charset.StandardCharsets;

/**
 * Reads and writes one Java type as JSON. The processor generates one for every {@code @StreamEvent} interface
 * ({@code FooCodec.INSTANCE}) and one for every family base interface.
 *
 * <p>Implementations are stateless and thread-safe. The convenience methods decode a whole document, requiring that
 * only whitespace follows the root value; they reuse one reader and one writer per thread, so {@code read} and
 * {@code write} must not keep the reader or writer they are given after they return.
 *
 * @param <T> the decoded type
 */
public interface JsonCodec<T> {

    /**
     * Reads one value at the reader's position, leaving the reader just after it.
     *
     * @param reader the reader, positioned at the start of a value
     * @return the decoded value
     * @throws JsonException if the input is malformed or does not match the type
     */
    T read(JsonReader reader);

    /**
     * Writes one value.
     *
     * @param writer the writer
     * @param value the value to write, never {@code null}
     */
    void write(JsonWriter writer, T value);

    /**
     * Decodes a whole JSON document.
     *
     * @param json UTF-8 JSON bytes
     * @return the decoded value
     * @throws JsonException with offset and path if the document is malformed or does not match
     */
    default T decode(byte[] json) {
        return decode(json, 0, json.length);
    }

    /**
     * Decodes a whole JSON document held in part of an array.
     *
     * <p>Generated codecs repeat this method in their own class, through {@link JsonReader#borrow}: here its call to
     * {@code read} is shared by every codec, and the JIT does not inline a call that sees many.
     *
     * @param json an array holding UTF-8 JSON bytes
     * @param offset where the document starts
     * @param length how many bytes it has
     * @return the decoded value
     * @throws JsonException with offset and path if the document is malformed or does not match
     */
    default T decode(byte[] json, int offset, int length) {
        JsonReader reader = ThreadLocalCache.borrowReader(json, offset, length);
        try {
            T value = read(reader);
            reader.endOfDocument();
            return value;
        } finally {
            ThreadLocalCache.giveBack(reader);
        }
    }

    /**
     * Decodes a whole JSON document given as text.
     *
     * @param json the JSON text
     * @return the decoded value
     * @throws JsonException with offset and path if the document is malformed or does not match
     */
    default T decode(String json) {
        return decode(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Encodes a value as compact UTF-8 JSON.
     *
     * @param value the value
     * @return a new array holding the JSON
     */
    default byte[] encode(T value) {
        JsonWriter writer = ThreadLocalCache.borrowWriter();
        try {
            write(writer, value);
            return writer.toByteArray();
        } finally {
            ThreadLocalCache.giveBack(writer);
        }
    }

    /**
     * Encodes a value as compact JSON text.
     *
     * @param value the value
     * @return the JSON text
     */
    default String encodeToString(T value) {
        JsonWriter writer = ThreadLocalCache.borrowWriter();
        try {
            write(writer, value);
            return writer.toString();
        } finally {
            ThreadLocalCache.giveBack(writer);
        }
    }
}
