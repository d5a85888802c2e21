package dev.streamevent.runtime;

/**
 * The codec of a family of events keyed on a discriminator such as {@code type}. Besides strict decoding, which throws
 * {@link JsonException}, it can decode leniently: an unknown type gives the family's unknown member and anything
 * invalid (malformed JSON, a missing required property) gives its invalid member. Lenient decoding never throws, so a
 * stream survives any single bad event.
 *
 * @param <T> the family's base type
 */
public interface FamilyCodec<T> extends JsonCodec<T> {

    /**
     * Decodes one whole document and never throws for bad input.
     *
     * @param json an array holding UTF-8 JSON bytes
     * @param offset where the document starts
     * @param length how many bytes it has
     * @return a typed member, the unknown member (unrecognised type) or the invalid member (with the error and raw bytes)
     */
    T decodeLenient(byte[] json, int offset, int length);

    /**
     * Decodes one whole document and never throws for bad input.
     *
     * @param json UTF-8 JSON bytes
     * @return a typed member, the unknown member or the invalid member
     */
    default T decodeLenient(byte[] json) {
        return decodeLenient(json, 0, json.length);
    }
}
