package dev.streamevent.benchmarks.peers;

import java.util.Optional;

import dev.streamevent.benchmarks.corpus.Suite;

/**
 * One JSON library set up on its fastest ordinary path from {@code byte[]}, behind the three operations the
 * benchmarks time. Implementations are built once per benchmark fork and hold their configured mappers.
 */
public interface Peer {

    /**
     * Decodes any event of the family with the library's own polymorphism keyed on {@code type}.
     *
     * @param json one event
     * @return the typed event
     * @throws Exception whatever the library throws
     */
    Object decodeFamily(byte[] json) throws Exception;

    /**
     * @param type an event's {@code type}
     * @return a decoder straight to that event's concrete class, resolved once up front
     */
    Decoder concreteDecoder(String type);

    /**
     * Encodes an event that this peer decoded, with its {@code type}.
     *
     * @param event a value from {@link #decodeFamily}
     * @return compact UTF-8 JSON
     * @throws Exception whatever the library throws
     */
    byte[] encode(Object event) throws Exception;

    /**
     * @param suite a benchmark suite
     * @return why this library cannot decode that suite's real events, if it cannot; the correctness gate checks
     *     that it indeed fails, and the benchmarks leave it out
     */
    default Optional<String> limitation(Suite suite) {
        return Optional.empty();
    }

    /** A decoder to one concrete type. */
    @FunctionalInterface
    interface Decoder {
        /**
         * @param json one event
         * @return the typed event
         * @throws Exception whatever the library throws
         */
        Object decode(byte[] json) throws Exception;
    }
}
