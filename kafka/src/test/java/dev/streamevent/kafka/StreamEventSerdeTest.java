package dev.streamevent.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.streamevent.example.responses.events.OutputTextDelta;
import dev.streamevent.example.responses.events.OutputTextDeltaCodec;
import dev.streamevent.example.responses.events.ResponseStreamEvent;
import dev.streamevent.example.responses.events.ResponseStreamEventCodec;
import dev.streamevent.runtime.InvalidMember;
import dev.streamevent.runtime.ReflectionScan;
import dev.streamevent.runtime.UnknownMember;

/** The serde's behaviour without a broker: nulls, in-place decoding, policies and their configuration. */
@Timeout(30)
class StreamEventSerdeTest {

    private static final ResponseStreamEventCodec FAMILY = ResponseStreamEventCodec.INSTANCE;
    private static final byte[] DELTA = ("{\"type\":\"response.output_text.delta\",\"item_id\":\"msg_1\","
            + "\"output_index\":0,\"content_index\":0,\"delta\":\"Hi\",\"sequence_number\":3}")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void nullRecordsAreTombstonesUnderBothPolicies() {
        for (InvalidRecordPolicy policy : InvalidRecordPolicy.values()) {
            StreamEventSerde<ResponseStreamEvent> serde = StreamEventSerdes.of(FAMILY, policy);
            assertNull(serde.serializer().serialize("t", null));
            assertNull(serde.deserializer().deserialize("t", null));
            assertNull(serde.deserializer().deserialize("t", new RecordHeaders(), (ByteBuffer) null));
        }
    }

    @Test
    void decodesInPlaceFromAFetchBufferSliceAndLeavesItsPositionAlone() {
        byte[] fetch = new byte[DELTA.length + 20];
        java.util.Arrays.fill(fetch, (byte) '}');
        System.arraycopy(DELTA, 0, fetch, 7, DELTA.length);
        ByteBuffer slice = ByteBuffer.wrap(fetch, 7, DELTA.length).slice();
        ByteBuffer direct = ByteBuffer.allocateDirect(DELTA.length).put(DELTA).flip();
        StreamEventDeserializer<ResponseStreamEvent> deserializer = new StreamEventDeserializer<>(FAMILY);

        ResponseStreamEvent expected = FAMILY.decode(DELTA);
        assertInstanceOf(OutputTextDelta.class, expected);
        assertEquals(expected, deserializer.deserialize("t", new RecordHeaders(), slice));
        assertEquals(expected, deserializer.deserialize("t", new RecordHeaders(), direct));
        assertEquals(0, slice.position());
        assertEquals(0, direct.position());
    }

    @Test
    void unknownAndInvalidMembersSerializeToTheirExactBytes() {
        StreamEventSerde<ResponseStreamEvent> serde = StreamEventSerdes.of(FAMILY);
        byte[] notJson = {'{', '"', 't', 'y', 'p', 'e', (byte) 0xff, 0, '\n'};
        for (byte[] bytes : List.of(PoisonRecords.UNKNOWN, PoisonRecords.MALFORMED, PoisonRecords.MISSING_FIELDS,
                notJson)) {
            ResponseStreamEvent member = serde.deserializer().deserialize("t", bytes);
            assertTrue(member instanceof UnknownMember || member instanceof InvalidMember, member::toString);
            assertArrayEquals(bytes, serde.serializer().serialize("t", member));
        }
    }

    @Test
    void failPolicyThrowsWithTheJsonErrorAndDeliverGivesTheInvalidMember() {
        StreamEventDeserializer<ResponseStreamEvent> fail = StreamEventSerdes.deserializer(FAMILY,
                InvalidRecordPolicy.FAIL);
        SerializationException e = assertThrows(SerializationException.class,
                () -> fail.deserialize("events", PoisonRecords.MISSING_FIELDS));
        assertTrue(e.getMessage().contains("topic 'events'"), e.getMessage());
        assertTrue(e.getMessage().contains("item_id"), e.getMessage());
        assertTrue(e.getMessage().contains("byte offset"), e.getMessage());

        InvalidMember invalid = assertInstanceOf(InvalidMember.class, StreamEventSerdes.of(FAMILY,
                InvalidRecordPolicy.DELIVER_INVALID).deserializer().deserialize("events", PoisonRecords.MISSING_FIELDS));
        assertArrayEquals(PoisonRecords.MISSING_FIELDS, invalid.rawJson());
        assertEquals(e.getCause().getMessage(), invalid.error().getMessage());
    }

    @Test
    void defaultsDeliverForFamiliesAndFailOtherwise() {
        assertEquals(InvalidRecordPolicy.DELIVER_INVALID, StreamEventSerdes.of(FAMILY).deserializer().policy());
        assertEquals(InvalidRecordPolicy.FAIL,
                StreamEventSerdes.of(OutputTextDeltaCodec.INSTANCE).deserializer().policy());
        assertThrows(SerializationException.class, () -> StreamEventSerdes.of(OutputTextDeltaCodec.INSTANCE)
                .deserializer().deserialize("t", PoisonRecords.MALFORMED));
    }

    @Test
    void deliveringInvalidMembersNeedsAFamilyCodec() {
        assertThrows(IllegalArgumentException.class,
                () -> StreamEventSerdes.of(OutputTextDeltaCodec.INSTANCE, InvalidRecordPolicy.DELIVER_INVALID));
        StreamEventSerde<OutputTextDelta> plain = StreamEventSerdes.of(OutputTextDeltaCodec.INSTANCE);
        assertThrows(ConfigException.class,
                () -> plain.configure(Map.of(StreamEventSerdeConfig.ON_INVALID, "deliver"), false));
        assertEquals(InvalidRecordPolicy.FAIL, plain.deserializer().policy());
    }

    @Test
    void configurePropertiesOverrideTheConstructorPerSide() {
        StreamEventSerde<ResponseStreamEvent> serde = StreamEventSerdes.of(FAMILY, InvalidRecordPolicy.FAIL);
        serde.configure(Map.of("unrelated", "x"), false);
        assertEquals(InvalidRecordPolicy.FAIL, serde.deserializer().policy(), "absent: the constructor's stays");

        serde.configure(Map.of(StreamEventSerdeConfig.ON_INVALID, "DELIVER"), false);
        assertEquals(InvalidRecordPolicy.DELIVER_INVALID, serde.deserializer().policy());

        Map<String, Object> both = Map.of(StreamEventSerdeConfig.ON_INVALID, "deliver",
                StreamEventSerdeConfig.VALUE_ON_INVALID, "fail", StreamEventSerdeConfig.KEY_ON_INVALID, "deliver-invalid");
        serde.configure(both, false);
        assertEquals(InvalidRecordPolicy.FAIL, serde.deserializer().policy(), "the value property wins for values");
        serde.configure(both, true);
        assertEquals(InvalidRecordPolicy.DELIVER_INVALID, serde.deserializer().policy(), "the key property for keys");

        serde.configure(Map.of(StreamEventSerdeConfig.ON_INVALID, InvalidRecordPolicy.FAIL), false);
        assertSame(InvalidRecordPolicy.FAIL, serde.deserializer().policy());

        ConfigException bad = assertThrows(ConfigException.class,
                () -> serde.configure(Map.of(StreamEventSerdeConfig.ON_INVALID, "skip"), false));
        assertTrue(bad.getMessage().contains(StreamEventSerdeConfig.ON_INVALID), bad.getMessage());
        assertTrue(bad.getMessage().contains("skip"), bad.getMessage());
    }

    @Test
    void theModuleIsReflectionFree() {
        assertEquals(List.of(), ReflectionScan.violations(Paths.get("target/classes")));
    }
}
