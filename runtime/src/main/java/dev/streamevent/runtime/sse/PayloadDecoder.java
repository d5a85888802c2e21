package dev.streamevent.runtime.sse;

/**
 * Turns one event payload into a value. A family codec's lenient decoding fits as it is:
 * {@code ResponseStreamEventCodec.INSTANCE::decodeLenient}. Such a decoder never throws, so one bad event never ends a
 * stream; a decoder that does throw ends the stream with its exception.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface PayloadDecoder<T> {

    /**
     * Decodes one payload.
     *
     * @param payload an array holding the payload's UTF-8 JSON bytes
     * @param offset where the payload starts
     * @param length how many bytes it has
     * @return the decoded value, never {@code null}
     */
    T decode(byte[] payload, int offset, int length);
}
