package dev.streamevent.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.streamevent.example.responses.events.ResponseStreamEvent;
import dev.streamevent.example.responses.events.ResponseStreamEventCodec;
import dev.streamevent.kafka.InJvmKafka;
import dev.streamevent.kafka.PoisonRecords;
import dev.streamevent.kafka.StreamEventSerdes;
import dev.streamevent.kafka.Transcript;
import dev.streamevent.runtime.InvalidMember;

/**
 * A Flink job on a local MiniCluster reads a transcript's events (plus an unknown and a malformed one) from a real
 * broker through {@code KafkaSource} with our schema, sends them across the network with our serializer, and counts
 * them by type. Generic types are disabled, so any Kryo fallback for our types would fail the job.
 */
@Timeout(120)
class FlinkKafkaSourceJobTest {

    @Test
    void kafkaSourceJobCountsEventsByType() throws Exception {
        Transcript transcript = Transcript.load(Transcript.WEB_SEARCH);
        List<ResponseStreamEvent> input = new ArrayList<>(transcript.events());
        input.add(5, ResponseStreamEventCodec.INSTANCE.decodeLenient(PoisonRecords.UNKNOWN));
        input.add(30, ResponseStreamEventCodec.INSTANCE.decodeLenient(PoisonRecords.MALFORMED));
        Map<String, Long> expected = new LinkedHashMap<>(transcript.countsByType());
        expected.put("response.keepalive.v2", 1L);
        expected.put("(invalid)", 1L);

        try (InJvmKafka kafka = InJvmKafka.start()) {
            kafka.createTopics("events");
            try (KafkaProducer<String, ResponseStreamEvent> producer = new KafkaProducer<>(kafka.producerConfig(),
                    new StringSerializer(), StreamEventSerdes.of(ResponseStreamEventCodec.INSTANCE).serializer())) {
                for (ResponseStreamEvent event : input) {
                    producer.send(new ProducerRecord<>("events", event)).get();
                }
            }

            Configuration config = new Configuration();
            config.set(PipelineOptions.GENERIC_TYPES, false);
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2, config);
            KafkaSource<ResponseStreamEvent> source = KafkaSource.<ResponseStreamEvent>builder()
                    .setBootstrapServers(kafka.bootstrapServers())
                    .setTopics("events")
                    .setGroupId("flink-counts")
                    .setStartingOffsets(OffsetsInitializer.earliest())
                    .setBounded(OffsetsInitializer.latest())
                    .setValueOnlyDeserializer(StreamEventSchemas.deserializer(
                            () -> ResponseStreamEventCodec.INSTANCE, ResponseStreamEvent.class))
                    .build();

            Map<String, Long> counts = new LinkedHashMap<>();
            try (CloseableIterator<Tuple2<String, Long>> results = env
                    .fromSource(source, WatermarkStrategy.noWatermarks(), "responses")
                    .setParallelism(1)
                    .rebalance() // the events cross the network, through StreamEventTypeSerializer
                    .map(event -> Tuple2.of(event instanceof InvalidMember ? "(invalid)" : event.type(), 1L))
                    .returns(Types.TUPLE(Types.STRING, Types.LONG))
                    .keyBy(count -> count.f0, Types.STRING)
                    .sum(1)
                    .executeAndCollect("count events by type")) {
                results.forEachRemaining(running -> counts.merge(running.f0, running.f1, Math::max));
            }

            assertEquals(expected, counts);
            assertEquals(input.size(), counts.values().stream().mapToLong(Long::longValue).sum());
        }
    }
}
