package dev.streamevent.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.streamevent.example.responses.events.ResponseStreamEvent;
import dev.streamevent.example.responses.events.ResponseStreamEventCodec;
import dev.streamevent.runtime.InvalidMember;
import dev.streamevent.runtime.UnknownMember;

/**
 * A shared transcript's events, plus an unknown event, malformed JSON, invalid content and a tombstone, go through a
 * topic on a real broker with the Serde and come back equal, in order; the unknown and invalid records byte-exact.
 */
@Timeout(60)
class KafkaRoundTripTest {

    private static final String TOPIC = "responses";
    private static final ResponseStreamEventCodec CODEC = ResponseStreamEventCodec.INSTANCE;

    private static InJvmKafka kafka;
    /** What was produced, in order; {@code null} is a tombstone. */
    private static List<ResponseStreamEvent> sent;
    private static int malformedOffset;

    @BeforeAll
    @Timeout(60)
    static void produce() throws Exception {
        Transcript transcript = Transcript.load(Transcript.WEB_SEARCH);
        kafka = InJvmKafka.start();
        kafka.createTopics(TOPIC);

        sent = new ArrayList<>(transcript.events());
        sent.add(10, CODEC.decodeLenient(PoisonRecords.UNKNOWN));
        malformedOffset = 50;
        sent.add(malformedOffset, CODEC.decodeLenient(PoisonRecords.MALFORMED));
        sent.add(CODEC.decodeLenient(PoisonRecords.MISSING_FIELDS));
        sent.add(null);

        try (KafkaProducer<String, ResponseStreamEvent> producer = new KafkaProducer<>(
                kafka.producerConfig(), new StringSerializer(), StreamEventSerdes.of(CODEC).serializer())) {
            for (ResponseStreamEvent event : sent) {
                producer.send(new ProducerRecord<>(TOPIC, event == null ? "tombstone" : event.type(), event)).get();
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void everyEventComesBackEqualAndInOrder() {
        List<ResponseStreamEvent> received = consume("deliver", StreamEventSerdes
                .of(CODEC, InvalidRecordPolicy.DELIVER_INVALID).deserializer(), sent.size());

        assertEquals(sent.size(), received.size());
        for (int i = 0; i < sent.size(); i++) {
            assertEquals(sent.get(i), received.get(i), "record " + i);
        }
        assertInstanceOf(UnknownMember.class, received.get(10));
        InvalidMember malformed = assertInstanceOf(InvalidMember.class, received.get(malformedOffset));
        assertArrayEquals(PoisonRecords.MALFORMED, malformed.rawJson());
        InvalidMember missing = assertInstanceOf(InvalidMember.class, received.get(sent.size() - 2));
        assertEquals("response.output_text.delta", missing.type());
        assertNull(received.get(sent.size() - 1), "a tombstone stays null");
    }

    @Test
    void unknownAndInvalidRecordsAreByteExactOnTheTopic() {
        List<byte[]> raw = consume("raw", new ByteArrayDeserializer(), sent.size());

        assertArrayEquals(PoisonRecords.UNKNOWN, raw.get(10));
        assertArrayEquals(PoisonRecords.MALFORMED, raw.get(malformedOffset));
        assertArrayEquals(PoisonRecords.MISSING_FIELDS, raw.get(sent.size() - 2));
        assertNull(raw.get(sent.size() - 1));
        for (int i = 0; i < sent.size() - 1; i++) {
            assertArrayEquals(CODEC.encode(sent.get(i)), raw.get(i), "record " + i + " is the codec's encoding");
        }
    }

    @Test
    void failPolicyFromPropertiesThrowsAtThePoisonRecordWithTheJsonError() {
        Map<String, Object> config = kafka.consumerConfig("fail");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ResponseStreamEventDeserializer.class);
        config.put(StreamEventSerdeConfig.ON_INVALID, "fail");
        List<ResponseStreamEvent> before = new ArrayList<>();
        RecordDeserializationException failure;
        try (KafkaConsumer<String, ResponseStreamEvent> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(TOPIC));
            failure = assertThrows(RecordDeserializationException.class, () -> {
                while (true) {
                    consumer.poll(Duration.ofMillis(200)).forEach(r -> before.add(r.value()));
                }
            });
        }

        assertEquals(malformedOffset, failure.offset(), failure::toString);
        assertEquals(sent.subList(0, malformedOffset), before, "everything before the poison record was delivered");
        SerializationException cause = assertInstanceOf(SerializationException.class, failure.getCause());
        String message = cause.getMessage();
        assertTrue(message.contains("topic 'responses'"), message);
        // The record is decoded in place from the fetch buffer, yet the offset counts from the record's first byte.
        assertTrue(message.contains("byte offset " + PoisonRecords.MALFORMED.length), message);
        assertTrue(message.contains("at $.delta"), message);
        assertTrue(message.contains("streamevent.on.invalid=fail"), message);
    }

    private static <T> List<T> consume(String group, Deserializer<T> values, int count) {
        List<T> received = new ArrayList<>();
        try (KafkaConsumer<String, T> consumer = new KafkaConsumer<>(
                kafka.consumerConfig(group), new StringDeserializer(), values)) {
            consumer.subscribe(List.of(TOPIC));
            while (received.size() < count) {
                for (ConsumerRecord<String, T> record : consumer.poll(Duration.ofMillis(200))) {
                    received.add(record.value());
                }
            }
        }
        return received;
    }
}
