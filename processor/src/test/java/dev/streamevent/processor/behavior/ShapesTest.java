package dev.streamevent.processor.behavior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.streamevent.processor.fixtures.ItemEvent;
import dev.streamevent.processor.fixtures.ManyPropertiesCodec;
import dev.streamevent.processor.fixtures.Naming_AsDeclaredCodec;
import dev.streamevent.processor.fixtures.Naming_CamelCodec;
import dev.streamevent.processor.fixtures.Naming_SnakeCodec;
import dev.streamevent.processor.fixtures.Nesting;
import dev.streamevent.processor.fixtures.Nesting_CompletedCodec;
import dev.streamevent.processor.fixtures.OddNames;
import dev.streamevent.processor.fixtures.OddNamesCodec;
import dev.streamevent.processor.fixtures.OutputTextDelta;
import dev.streamevent.processor.fixtures.OutputTextDeltaBuilder;
import dev.streamevent.processor.fixtures.OutputTextDeltaCodec;
import dev.streamevent.processor.fixtures.Scalars;
import dev.streamevent.processor.fixtures.ScalarsCodec;
import dev.streamevent.runtime.JsonException;
import dev.streamevent.runtime.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Scalars, nesting, naming, inheritance and odd names, each through its generated codec. */
class ShapesTest {

    @Test
    void scalarsAtTheirExtremesRoundTrip() {
        String json = "{\"flag\":true,\"count\":-2147483648,\"total\":9223372036854775807,\"ratio\":1.5,"
                + "\"score\":-1.0E-300,\"boxed_flag\":false,\"boxed_count\":2147483647,"
                + "\"boxed_total\":-9223372036854775808,\"boxed_ratio\":0.25,\"boxed_score\":1.7976931348623157E308,"
                + "\"text\":\"h\\u00e9llo \\ud83d\\ude00 \\\"q\\\"\",\"amount\":123456789.000000000000000001,"
                + "\"huge\":123456789012345678901234567890,\"metadata\":{\"a\":[1,2.50,null,{}]}}";
        Scalars s = ScalarsCodec.INSTANCE.decode(json);
        assertEquals(Integer.MIN_VALUE, s.count());
        assertEquals(Long.MAX_VALUE, s.total());
        assertEquals(Long.MIN_VALUE, s.boxedTotal());
        assertEquals(Double.MAX_VALUE, s.boxedScore());
        assertEquals("h\u00e9llo \ud83d\ude00 \"q\"", s.text());
        assertEquals(new BigDecimal("123456789.000000000000000001"), s.amount());
        assertEquals(new BigInteger("123456789012345678901234567890"), s.huge());
        assertEquals(JsonValue.parse("{\"a\":[1,2.50,null,{}]}"), s.metadata());
        assertEquals(s, ScalarsCodec.INSTANCE.decode(ScalarsCodec.INSTANCE.encode(s)));
    }

    @Test
    void nullForAPrimitiveIsAnError() {
        String json = "{\"flag\":null,\"count\":0,\"total\":0,\"ratio\":0,\"score\":0,\"boxed_flag\":false,"
                + "\"boxed_count\":0,\"boxed_total\":0,\"boxed_ratio\":0,\"boxed_score\":0,\"text\":\"\","
                + "\"amount\":0,\"huge\":0,\"metadata\":null}";
        JsonException e = assertThrows(JsonException.class, () -> ScalarsCodec.INSTANCE.decode(json));
        assertEquals("$.flag", e.path());
    }

    @Test
    void nestedValuesDecodeAtAnyDepth() {
        String json = "{\"type\":\"response.completed\",\"response\":{\"id\":\"r\",\"output\":[{\"id\":\"o\","
                + "\"content\":[{\"type\":\"output_text\",\"text\":\"hi\"}]}],\"usage\":{\"input_tokens\":1,"
                + "\"output_tokens\":2}},\"sequence_number\":9}";
        Nesting.Completed completed = Nesting_CompletedCodec.INSTANCE.decode(json);
        assertEquals("hi", completed.response().output().get(0).content().get(0).text());
        assertEquals(2, completed.response().usage().orElseThrow().outputTokens());
        assertEquals(json, Nesting_CompletedCodec.INSTANCE.encodeToString(completed));
    }

    @Test
    void errorInsideANestedValueHasTheFullPath() {
        String json = "{\"type\":\"response.completed\",\"response\":{\"id\":\"r\",\"output\":[{\"id\":\"o\","
                + "\"content\":[{\"type\":\"output_text\"}]}]},\"sequence_number\":9}";
        JsonException e = assertThrows(JsonException.class, () -> Nesting_CompletedCodec.INSTANCE.decode(json));
        assertEquals("$.response.output[0].content[0].text", e.path());
    }

    @Test
    void namingStrategiesAndOverrides() {
        assertEquals("{\"output_index\":\"1\",\"imageB64\":\"2\",\"url_path\":\"3\",\"partial_image_b64\":\"4\"}",
                roundTrip(Naming_SnakeCodec.INSTANCE,
                        "{\"output_index\":\"1\",\"imageB64\":\"2\",\"url_path\":\"3\",\"partial_image_b64\":\"4\"}"));
        assertEquals("{\"outputIndex\":\"1\",\"uRLPath\":\"2\"}",
                roundTrip(Naming_CamelCodec.INSTANCE, "{\"outputIndex\":\"1\",\"uRLPath\":\"2\"}"));
        assertEquals("{\"outputIndex\":\"1\",\"URLPath\":\"2\"}",
                roundTrip(Naming_AsDeclaredCodec.INSTANCE, "{\"outputIndex\":\"1\",\"URLPath\":\"2\"}"));
    }

    private static <T> String roundTrip(dev.streamevent.runtime.JsonCodec<T> codec, String json) {
        return codec.encodeToString(codec.decode(json));
    }

    @Test
    void inheritedPropertiesComeFirstAndTypeIsTheConstant() {
        OutputTextDelta delta = OutputTextDeltaBuilder.builder()
                .delta("Hi").itemId("msg_1").outputIndex(0).sequenceNumber(3).build();
        assertEquals("{\"type\":\"response.output_text.delta\",\"item_id\":\"msg_1\",\"output_index\":0,"
                + "\"sequence_number\":3,\"delta\":\"Hi\"}", OutputTextDeltaCodec.INSTANCE.encodeToString(delta));
        ItemEvent asItem = delta;
        assertEquals("msg_1", asItem.itemId());
        assertEquals("response.output_text.delta", delta.type());
    }

    @Test
    void oddNamesWork() {
        String json = "{\"type\":\"test.odd_names\",\"reader\":\"r\",\"writer\":\"w\",\"value\":1,\"h\":2,\"o\":3,"
                + "\"that\":4,\"field\":5,\"seen0\":6,\"builder\":\"b\",\"build\":\"bb\",\"source\":\"s\","
                + "\"missing\":\"m\",\"type_seen\":7,\"list\":[\"l\"],\"map\":{\"k\":\"v\"},\"element\":[[\"e\"]],"
                + "\"entry\":{\"x\":[\"y\"]},\"key\":\"k\",\"item\":\"i\",\"name\":\"n\",\"names\":\"ns\","
                + "\"set0\":\"s0\",\"_default\":\"d\",\"$x\":\"dollar\",\"NAMES_CONSTANT\":\"N\","
                + "\"instance\":\"I\",\"defaults\":8}";
        OddNames odd = OddNamesCodec.INSTANCE.decode(json);
        assertEquals("d", odd._default());
        assertEquals("dollar", odd.$x());
        assertEquals(8, odd.defaults());
        assertEquals(json, OddNamesCodec.INSTANCE.encodeToString(odd));
        assertEquals(odd, OddNamesCodec.INSTANCE.decode(OddNamesCodec.INSTANCE.encode(odd)));
        assertNotEquals(0, odd.hashCode());
    }

    @Test
    void moreThanThirtyTwoPropertiesUseASecondMaskWord() {
        StringBuilder json = new StringBuilder("{");
        for (int i = 1; i <= 32; i++) {
            json.append(String.format("\"p%02d\":%d,", i, i));
        }
        json.append("\"p34\":34}");
        JsonException e = assertThrows(JsonException.class, () -> ManyPropertiesCodec.INSTANCE.decode(
                json.toString()));
        assertEquals("$.p33", e.path());
        String complete = json.toString().replace("}", ",\"p33\":33,\"p35\":35}");
        assertEquals(35, ManyPropertiesCodec.INSTANCE.decode(complete).p35());
    }
}
