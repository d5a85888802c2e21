/**
 * Flink {@link org.apache.flink.api.common.serialization.SerializationSchema} and
 * {@link org.apache.flink.api.common.serialization.DeserializationSchema} for any generated codec, and a
 * {@link org.apache.flink.api.common.typeinfo.TypeInformation} whose serializer writes the codec's JSON, so Flink never
 * falls back to Kryo (or reflection) for streamevent types.
 *
 * <p>Flink ships schemas and serializers to its task managers with Java serialization, and a codec is a plain
 * singleton, so these classes take a {@link dev.streamevent.flink.CodecSupplier}: write
 * {@code () -> ResponseStreamEventCodec.INSTANCE}.
 */
package dev.streamevent.flink;
