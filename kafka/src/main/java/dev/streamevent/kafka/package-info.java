/**
 * Kafka {@link org.apache.kafka.common.serialization.Serializer}, {@link org.apache.kafka.common.serialization.Deserializer}
 * and {@link org.apache.kafka.common.serialization.Serde} for any generated codec: a record value is the event's
 * compact JSON, exactly what the codec writes.
 *
 * <p>One line gives a {@code Serde}: {@code StreamEventSerdes.of(ResponseStreamEventCodec.INSTANCE)}. Unknown and
 * invalid family members travel through a topic unchanged. A record that cannot be decoded (a poison record) is never
 * dropped: the {@link dev.streamevent.kafka.InvalidRecordPolicy} says whether it fails the read or arrives as the
 * family's invalid member with its raw bytes.
 */
package dev.streamevent.kafka;
