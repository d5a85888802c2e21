package dev.streamevent.jackson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.streamevent.jackson.fixtures.ChatEvent;
import dev.streamevent.jackson.fixtures.ChatEventCodec;
import dev.streamevent.jackson.fixtures.Conversation;
import dev.streamevent.jackson.fixtures.MessageDelta;
import dev.streamevent.jackson.fixtures.MessageDeltaBuilder;
import dev.streamevent.jackson.fixtures.MessageDeltaCodec;
import dev.streamevent.jackson.fixtures.UnknownChatEvent;
import dev.streamevent.jackson.fixtures.Usage;
import dev.streamevent.jackson.fixtures.UsageBuilder;
import dev.streamevent.jackson.fixtures.UsageCodec;
import dev.streamevent.runtime.JsonException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A real ObjectMapper reads and writes a bean that holds generated events, through the generated codecs. */
class StreamEventModuleTest {
    private static final String DELTA = "{\"type\":\"message.delta\",\"item_id\":\"item-1\",\"sequence_number\":4,"
            + "\"delta\":\"Grüße\"}";
    private static final String USAGE = "{\"type\":\"usage\",\"total_tokens\":9223372036854775807,"
            + "\"cost\":0.100000000000000000000000000001,\"ratio\":0.1}";
    private static final String UNKNOWN = "{\"type\":\"keepalive\",\"n\":[1,{\"a\":null}]}";
    private static final String CONVERSATION = "{\"id\":\"c-1\",\"latest\":" + DELTA + ",\"events\":[" + DELTA + ","
            + USAGE + "," + UNKNOWN + "],\"usage\":{\"total\":" + USAGE + "}}";

    private static final MessageDelta DELTA_VALUE = MessageDeltaBuilder.builder()
            .itemId("item-1").sequenceNumber(4).delta("Grüße").build();
    private static final Usage USAGE_VALUE = UsageBuilder.builder().totalTokens(Long.MAX_VALUE)
            .cost(new BigDecimal("0.100000000000000000000000000001")).ratio(0.1).build();

    private static StreamEventModule module() {
        return StreamEventModule.builder()
                .add(ChatEvent.class, ChatEventCodec.INSTANCE)
                .add(MessageDelta.class, MessageDeltaCodec.INSTANCE)
                .add(Usage.class, UsageCodec.INSTANCE)
                .build();
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(module());
    }

    private static Conversation conversation() {
        return new Conversation("c-1", DELTA_VALUE, List.of(DELTA_VALUE, USAGE_VALUE,
                new UnknownChatEvent("keepalive", UNKNOWN.getBytes(StandardCharsets.UTF_8))),
                Map.of("total", USAGE_VALUE));
    }

    @Test
    void readsABeanThatHoldsEvents() throws Exception {
        Conversation read = mapper().readValue(CONVERSATION, Conversation.class);
        assertEquals("c-1", read.id());
        assertEquals(DELTA_VALUE, read.latest());
        assertEquals(DELTA_VALUE, read.events().get(0));
        // Exact numbers: the BigDecimal keeps all its digits, and the long its full range.
        assertEquals(USAGE_VALUE, read.events().get(1));
        assertEquals(USAGE_VALUE, read.usage().get("total"));
        UnknownChatEvent unknown = assertInstanceOf(UnknownChatEvent.class, read.events().get(2));
        assertEquals("keepalive", unknown.type());
        assertEquals(UNKNOWN, new String(unknown.rawJson(), StandardCharsets.UTF_8));
    }

    @Test
    void writesEventsExactlyAsTheirCodecsDo() throws Exception {
        ObjectMapper mapper = mapper();
        // UTF-8 generator (raw bytes) and character generator (raw text): the same output.
        assertEquals(CONVERSATION, new String(mapper.writeValueAsBytes(conversation()), StandardCharsets.UTF_8));
        assertEquals(CONVERSATION, mapper.writeValueAsString(conversation()));
        assertEquals(DELTA, mapper.writeValueAsString(DELTA_VALUE));
        assertEquals(MessageDeltaCodec.INSTANCE.encodeToString(DELTA_VALUE), mapper.writeValueAsString(DELTA_VALUE));
    }

    @Test
    void roundTripsThroughTheMapper() throws Exception {
        ObjectMapper mapper = mapper();
        Conversation read = mapper.readValue(mapper.writeValueAsBytes(conversation()), Conversation.class);
        assertEquals(conversation(), read);
    }

    @Test
    void prettyPrintingIndentsTheEventsToo() throws Exception {
        ObjectMapper mapper = mapper().enable(SerializationFeature.INDENT_OUTPUT);
        String pretty = mapper.writeValueAsString(conversation());
        assertTrue(pretty.contains("\n    \"item_id\" : \"item-1\",\n"), pretty);
        assertEquals(conversation(), mapper.readValue(pretty, Conversation.class));
    }

    @Test
    void theMappersOutputSettingsHold() throws Exception {
        ObjectMapper mapper = JsonMapper.builder().addModule(module())
                .enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
        String json = mapper.writeValueAsString(DELTA_VALUE);
        assertEquals(DELTA.replace("ü", "\\u00FC").replace("ß", "\\u00DF"), json);
        assertEquals(DELTA_VALUE, mapper.readValue(json, MessageDelta.class));
    }

    @Test
    void treesSeeEventsAsObjectsNotOpaqueValues() throws Exception {
        ObjectMapper mapper = mapper();
        // valueToTree writes into a token buffer, not JSON text: the events arrive as tokens, and the tree is the one
        // Jackson builds from the same JSON text (floats as doubles, by the mapper's default).
        JsonNode tree = mapper.valueToTree(conversation());
        assertEquals(mapper.readTree(CONVERSATION), tree);
        assertEquals("item-1", tree.get("latest").get("item_id").asText());
        assertEquals("keepalive", tree.get("events").get(2).get("type").asText());
    }

    @Test
    void exactNumbersSurviveTreesWhenTheMapperKeepsThem() {
        ObjectMapper mapper = mapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        JsonNode tree = mapper.valueToTree(conversation());
        assertEquals(new BigDecimal("0.100000000000000000000000000001"),
                tree.get("events").get(1).get("cost").decimalValue());
        assertEquals(conversation(), mapper.convertValue(tree, Conversation.class));
    }

    @Test
    void anInvalidEventFailsWithTheMappersPathAndOurReason() {
        String missingDelta = CONVERSATION.replace(",\"delta\":\"Grüße\"}," + USAGE, "}," + USAGE);
        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> mapper().readValue(missingDelta, Conversation.class));
        assertEquals("events", e.getPath().get(0).getFieldName());
        assertEquals(0, e.getPath().get(1).getIndex());
        JsonException cause = assertInstanceOf(JsonException.class, e.getCause());
        assertTrue(cause.getMessage().contains("delta"), cause.getMessage());
        // The list is declared List<ChatEvent>: the family codec read it.
        assertTrue(e.getMessage().contains("Cannot decode " + ChatEvent.class.getName()), e.getMessage());
    }

    @Test
    void readsAValueWhoseObjectStartJacksonAlreadyConsumed() throws Exception {
        ObjectMapper mapper = mapper();
        try (JsonParser parser = mapper.createParser(DELTA)) {
            assertEquals(JsonToken.START_OBJECT, parser.nextToken());
            assertEquals(JsonToken.FIELD_NAME, parser.nextToken());
            assertEquals(DELTA_VALUE, mapper.readValue(parser, MessageDelta.class));
            // The whole object was consumed, its end included: nothing is left.
            assertEquals(null, parser.nextToken());
        }
    }

    @Test
    void everyModuleCounts() throws Exception {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(StreamEventModule.builder().add(MessageDelta.class, MessageDeltaCodec.INSTANCE).build())
                .registerModule(StreamEventModule.builder().add(Usage.class, UsageCodec.INSTANCE).build());
        assertEquals(DELTA_VALUE, mapper.readValue(DELTA, MessageDelta.class));
        assertEquals(USAGE_VALUE, mapper.readValue(USAGE, Usage.class));
    }

    @Test
    void aTypeIsRegisteredOnce() {
        StreamEventModule.Builder builder = StreamEventModule.builder().add(Usage.class, UsageCodec.INSTANCE);
        assertThrows(IllegalArgumentException.class, () -> builder.add(Usage.class, UsageCodec.INSTANCE));
    }

    @Test
    void rawValuesAreCopiedNotShared() {
        byte[] bytes = DELTA.getBytes(StandardCharsets.UTF_8);
        Utf8Json raw = new Utf8Json(bytes);
        assertArrayEquals(bytes, raw.asUnquotedUTF8());
        raw.asUnquotedUTF8()[0] = 'x';
        assertEquals(DELTA, raw.getValue());
        assertEquals(DELTA.length(), raw.charLength());
    }
}
