package dev.streamevent.processor.behavior;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.streamevent.processor.fixtures.KeepsNulls;
import dev.streamevent.processor.fixtures.KeepsNulls_EventBuilder;
import dev.streamevent.processor.fixtures.KeepsNulls_EventCodec;
import dev.streamevent.runtime.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * A decoded value remembers which of its strings were plain ASCII, and the writer copies those without checking them.
 * Every other string, and every string of a built value, is still escaped: these tests would catch a bit that was
 * set for the wrong string, kept across a builder, or shifted to another property.
 */
class PlainStringsTest {
    private static final KeepsNulls_EventCodec CODEC = KeepsNulls_EventCodec.INSTANCE;

    private static String event(String members) {
        return "{\"type\":\"test.keeps_nulls\"," + members + "}";
    }

    @Test
    void plainStringsAreWrittenBackAsTheyCame() {
        String json = event("\"id\":\"msg_0123\",\"note\":\"a note, with spaces ~!\",\"role\":\"system\"");
        assertEquals(json, CODEC.encodeToString(CODEC.decode(json)).replace(",\"summary_index\":7", ""));
    }

    @Test
    void stringsThatNeedEscapingAreEscapedAgainBesidePlainOnes() {
        String json = event("\"id\":\"plain\",\"note\":\"say \\\"hi\\\"\\\\ \\u0001 é\",\"role\":\"\\u0041\"");
        KeepsNulls.Event event = CODEC.decode(json);
        assertEquals("say \"hi\"\\ \u0001 é", event.note());
        assertEquals("A", event.role());
        String encoded = CODEC.encodeToString(event);
        assertEquals(event(
                "\"id\":\"plain\",\"note\":\"say \\\"hi\\\"\\\\ \\u0001 é\",\"summary_index\":7,\"role\":\"A\""),
                encoded);
        assertEquals(event, CODEC.decode(encoded));
    }

    @Test
    void aBuiltValueIsCheckedEvenWhenItCameFromAPlainDecodedOne() {
        KeepsNulls.Event decoded = CODEC.decode(event("\"id\":\"plain\",\"note\":\"plain too\""));
        KeepsNulls.Event changed = KeepsNulls_EventBuilder.from(decoded).id("needs \"escaping\"").build();
        String encoded = CODEC.encodeToString(changed);
        JsonValue id = ((JsonValue.ObjectValue) JsonValue.parse(encoded)).get("id");
        assertEquals(new JsonValue.StringValue("needs \"escaping\""), id, encoded);
        assertEquals(changed, CODEC.decode(encoded));
    }

    @Test
    void aDefaultComputedFromAPlainStringIsCheckedOnItsOwn() {
        KeepsNulls.Event event = CODEC.decode(event("\"id\":\"q\\\"x\""));
        String encoded = CODEC.encodeToString(event);
        assertEquals(event, CODEC.decode(encoded), encoded);
    }
}
