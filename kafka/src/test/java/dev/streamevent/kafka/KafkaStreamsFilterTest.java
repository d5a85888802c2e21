package dev.streamevent.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.streamevent.example.responses.events.OutputTextDelta;
import dev.streamevent.example.responses.events.ResponseStreamEvent;
import dev.streamevent.example.responses.events.ResponseStreamEventCodec;
import dev.streamevent.runtime.InvalidMember;

/**
 * A Kafka Streams topology on a real broker, with our Serde on both ends: it keeps the
 * {@code response.output_text.delta} events of a transcript, typed, and sends invalid members to a dead-letter topic
 * with their bytes unchanged.
 */
@Timeout(90)
class KafkaStreamsFilterTest {

    private static final ResponseStreamEventCodec CODEC = ResponseStreamEventCodec.INSTANCE;

    @Test
    void topologyFiltersOneEventTypeWithTheSerde(@TempDir Path stateDir) throws Exception {
        Transcript transcript = Transcript.load(Transcript.WEB_SEARCH);
        List<ResponseStreamEvent> input = new ArrayList<>(transcript.events());
        input.add(7, CODEC.decodeLenient(PoisonRecords.UNKNOWN));
        input.add(20, CODEC.decodeLenient(PoisonRecords.MALFORMED));
        input.add(CODEC.decodeLenient(PoisonRecords.MISSING_FIELDS));
        List<ResponseStreamEvent> expectedDeltas = input.stream().filter(e -> e instanceof OutputTextDelta).toList();
        assertEquals(121, expectedDeltas.size(), "the transcript's deltas (invalid content of that type excluded)");

        try (InJvmKafka kafka = InJvmKafka.start()) {
            kafka.createTopics("events", "deltas", "dead-letters");
            try (KafkaProducer<String, ResponseStreamEvent> producer = new KafkaProducer<>(
                    kafka.producerConfig(), new StringSerializer(), StreamEventSerdes.of(CODEC).serializer())) {
                for (ResponseStreamEvent event : input) {
                    producer.send(new ProducerRecord<>("events", event.type(), event)).get();
                }
            }

            Serde<ResponseStreamEvent> serde = StreamEventSerdes.of(CODEC);
            StreamsBuilder builder = new StreamsBuilder();
            KStream<String, ResponseStreamEvent> events = builder.stream("events", Consumed.with(Serdes.String(), serde));
            events.filter((key, event) -> event instanceof OutputTextDelta)
                    .to("deltas", Produced.with(Serdes.String(), serde));
            events.filter((key, event) -> event instanceof InvalidMember)
                    .to("dead-letters", Produced.with(Serdes.String(), serde));

            Properties config = new Properties();
            config.put(StreamsConfig.APPLICATION_ID_CONFIG, "delta-filter");
            config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
            config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
            try (KafkaStreams streams = new KafkaStreams(builder.build(), config)) {
                streams.start();
                List<ResponseStreamEvent> deltas = consume(kafka, "deltas", serde.deserializer(), expectedDeltas.size());
                List<byte[]> deadLetters = consume(kafka, "dead-letters", new ByteArrayDeserializer(), 2);
                streams.close(Duration.ofSeconds(20));

                assertEquals(expectedDeltas, deltas);
                assertTrue(deltas.stream().allMatch(e -> "response.output_text.delta".equals(e.type())));
                assertArrayEquals(PoisonRecords.MALFORMED, deadLetters.get(0));
                assertArrayEquals(PoisonRecords.MISSING_FIELDS, deadLetters.get(1));
            }
        }
    }

    private static <T> List<T> consume(InJvmKafka kafka, String topic, Deserializer<T> values, int count) {
        List<T> received = new ArrayList<>();
        Map<String, Object> config = kafka.consumerConfig("check-" + topic);
        try (KafkaConsumer<String, T> consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
            while (received.size() < count) {
                for (ConsumerRecord<String, T> record : consumer.poll(Duration.ofMillis(200))) {
                    received.add(record.value());
                }
            }
            // Nothing more arrives: the topology wrote exactly these.
            assertEquals(0, consumer.poll(Duration.ofMillis(500)).count(), topic + " has extra records");
        }
        return received;
    }
}
