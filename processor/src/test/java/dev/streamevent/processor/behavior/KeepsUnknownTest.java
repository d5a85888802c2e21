package dev.streamevent.processor.behavior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.streamevent.processor.fixtures.KeepsUnknown;
import dev.streamevent.processor.fixtures.KeepsUnknownBuilder;
import dev.streamevent.processor.fixtures.KeepsUnknownCodec;
import dev.streamevent.runtime.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A type with {@code @UnknownFields} loses nothing between decode and encode. */
class KeepsUnknownTest {
    private static final KeepsUnknownCodec CODEC = KeepsUnknownCodec.INSTANCE;

    @Test
    void decodeThenEncodeKeepsEveryMember() {
        String json = "{\"output_index\":1,\"type\":\"response.output_item.done\",\"item\":{\"id\":\"ig_1\","
                + "\"result\":\"aGVsbG8=\",\"size\":\"1024x1024\"},\"item_id\":\"ig_1\",\"sequence_number\":12}";
        KeepsUnknown event = CODEC.decode(json);
        assertEquals(List.of("output_index", "item", "sequence_number"), List.copyOf(event.unknownFields().keySet()));
        JsonValue original = JsonValue.parse(json);
        JsonValue reEncoded = JsonValue.parse(CODEC.encode(event));
        assertEquals(members(original), members(reEncoded));
    }

    private static Map<String, JsonValue> members(JsonValue object) {
        return Map.copyOf(((JsonValue.ObjectValue) object).members());
    }

    @Test
    void firstOfDuplicateUnknownMembersIsKept() {
        KeepsUnknown event = CODEC.decode("{\"type\":\"response.output_item.done\",\"item_id\":\"i\",\"x\":1,\"x\":2}");
        assertEquals(JsonValue.parse("1"), event.unknownFields().get("x"));
    }

    @Test
    void unknownMembersTakePartInEquality() {
        KeepsUnknown plain = CODEC.decode("{\"type\":\"response.output_item.done\",\"item_id\":\"i\"}");
        KeepsUnknown extra = CODEC.decode("{\"type\":\"response.output_item.done\",\"item_id\":\"i\",\"x\":1}");
        assertTrue(plain.unknownFields().isEmpty());
        assertNotEquals(plain, extra);
        assertEquals(extra, KeepsUnknownBuilder.from(extra).build());
        assertEquals(plain, KeepsUnknownBuilder.from(extra).unknownFields(Map.of()).build());
    }
}
