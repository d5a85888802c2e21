package dev.streamevent.flink;

import java.io.Serializable;

import dev.streamevent.runtime.JsonCodec;

/**
 * A serializable reference to a codec, so that Flink can ship it to its task managers: write
 * {@code () -> ResponseStreamEventCodec.INSTANCE}.
 *
 * <p>A lambda's serialized form names a synthetic method of the class that declares it. That is fine for jobs, which
 * ship with their own classes. For keyed state kept in savepoints across code changes, prefer a named supplier whose
 * serialized form is stable, such as an enum:
 * {@code enum Responses implements CodecSupplier<ResponseStreamEvent> { CODEC; public JsonCodec<ResponseStreamEvent> codec() { return ResponseStreamEventCodec.INSTANCE; } }}.
 *
 * @param <T> the codec's type
 */
@FunctionalInterface
public interface CodecSupplier<T> extends Serializable {

    /**
     * {@return the codec, such as {@code ResponseStreamEventCodec.INSTANCE}; the same instance on every call}
     */
    JsonCodec<T> codec();
}
