package dev.streamevent.flink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.streamevent.example.responses.events.OutputTextDelta;
import dev.streamevent.example.responses.events.OutputTextDeltaCodec;
import dev.streamevent.example.responses.events.ResponseStreamEvent;
import dev.streamevent.example.responses.events.ResponseStreamEventCodec;
import dev.streamevent.kafka.PoisonRecords;
import dev.streamevent.kafka.Transcript;
import dev.streamevent.runtime.InvalidMember;
import dev.streamevent.runtime.ReflectionScan;

/** Type information, serializer, snapshot and schemas, without a cluster. */
@Timeout(30)
class StreamEventTypeInfoTest {

    private static final CodecSupplier<ResponseStreamEvent> CODEC = () -> ResponseStreamEventCodec.INSTANCE;

    private static SerializerConfigImpl genericTypesDisabled() {
        SerializerConfigImpl config = new SerializerConfigImpl();
        config.setGenericTypes(false);
        return config;
    }

    @Test
    void withGenericTypesDisabledFlinksOwnFallbackFailsButOursWorks() {
        TypeInformation<ResponseStreamEvent> flinks = TypeInformation.of(ResponseStreamEvent.class);
        assertInstanceOf(GenericTypeInfo.class, flinks, "Flink treats our interface as a generic (Kryo) type");
        assertThrows(UnsupportedOperationException.class, () -> flinks.createSerializer(genericTypesDisabled()));

        TypeInformation<ResponseStreamEvent> ours = StreamEventSchemas.typeInfo(CODEC, ResponseStreamEvent.class);
        assertInstanceOf(StreamEventTypeSerializer.class, ours.createSerializer(genericTypesDisabled()));
        assertEquals(ours, StreamEventSchemas.deserializer(CODEC, ResponseStreamEvent.class).getProducedType());
    }

    @Test
    void serializerRoundTripsATranscriptWithUnknownAndInvalidMembers() throws IOException {
        List<ResponseStreamEvent> events = new ArrayList<>(Transcript.load(Transcript.WEB_SEARCH).events());
        events.add(ResponseStreamEventCodec.INSTANCE.decodeLenient(PoisonRecords.UNKNOWN));
        events.add(ResponseStreamEventCodec.INSTANCE.decodeLenient(PoisonRecords.MALFORMED));
        events.add(null);
        TypeSerializer<ResponseStreamEvent> serializer = StreamEventSchemas.typeInfo(CODEC, ResponseStreamEvent.class)
                .createSerializer(genericTypesDisabled());

        DataOutputSerializer out = new DataOutputSerializer(64);
        for (ResponseStreamEvent event : events) {
            serializer.serialize(event, out);
        }
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        DataOutputSerializer copied = new DataOutputSerializer(64);
        for (int i = 0; i < events.size(); i++) {
            serializer.copy(in, copied);
        }
        assertArrayEquals(out.getCopyOfBuffer(), copied.getCopyOfBuffer(), "copy moves the bytes unchanged");

        DataInputDeserializer again = new DataInputDeserializer(copied.getCopyOfBuffer());
        for (ResponseStreamEvent event : events) {
            assertEquals(event, serializer.deserialize(again));
        }
        assertEquals(0, again.available());
    }

    @Test
    void snapshotRestoresASerializerThatReadsTheState() throws Exception {
        StreamEventTypeSerializer<ResponseStreamEvent> serializer =
                new StreamEventTypeSerializer<>(ResponsesCodec.INSTANCE, ResponseStreamEvent.class);
        DataOutputSerializer out = new DataOutputSerializer(64);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, serializer.snapshotConfiguration());
        ResponseStreamEvent invalid = ResponseStreamEventCodec.INSTANCE.decodeLenient(PoisonRecords.MALFORMED);
        serializer.serialize(invalid, out);

        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        TypeSerializerSnapshot<ResponseStreamEvent> restored =
                TypeSerializerSnapshot.readVersionedSnapshot(in, getClass().getClassLoader());
        TypeSerializer<ResponseStreamEvent> reader = restored.restoreSerializer();
        assertEquals(serializer, reader);
        assertEquals(invalid, reader.deserialize(in));
        assertTrue(serializer.snapshotConfiguration().resolveSchemaCompatibility(restored).isCompatibleAsIs());
    }

    @Test
    void schemasSurviveJavaSerializationAndHonourThePolicy() throws Exception {
        DeserializationSchema<ResponseStreamEvent> deliver = InstantiationUtil.clone(
                StreamEventSchemas.deserializer(CODEC, ResponseStreamEvent.class));
        InvalidMember invalid = assertInstanceOf(InvalidMember.class, deliver.deserialize(PoisonRecords.MALFORMED));
        assertArrayEquals(PoisonRecords.MALFORMED, invalid.rawJson());
        assertNull(deliver.deserialize(null), "a tombstone gives null, which Flink's sources skip");
        assertArrayEquals(PoisonRecords.MALFORMED, InstantiationUtil.clone(StreamEventSchemas.serializer(CODEC))
                .serialize((ResponseStreamEvent) invalid));

        DeserializationSchema<ResponseStreamEvent> fail = InstantiationUtil.clone(StreamEventSchemas.deserializer(
                CODEC, ResponseStreamEvent.class, InvalidEventPolicy.FAIL));
        IOException e = assertThrows(IOException.class, () -> fail.deserialize(PoisonRecords.MALFORMED));
        assertTrue(e.getMessage().contains("byte offset " + PoisonRecords.MALFORMED.length), e.getMessage());

        CodecSupplier<OutputTextDelta> plain = () -> OutputTextDeltaCodec.INSTANCE;
        assertEquals(InvalidEventPolicy.FAIL, StreamEventSchemas.deserializer(plain, OutputTextDelta.class).policy());
        assertThrows(IllegalArgumentException.class, () -> StreamEventSchemas.deserializer(plain, OutputTextDelta.class,
                InvalidEventPolicy.DELIVER_INVALID));
    }

    @Test
    void theModuleIsReflectionFree() {
        assertEquals(List.of(), ReflectionScan.violations(Paths.get("target/classes")));
    }
}
