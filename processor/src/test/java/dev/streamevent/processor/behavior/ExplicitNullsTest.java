package dev.streamevent.processor.behavior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.streamevent.processor.fixtures.KeepsNulls;
import dev.streamevent.processor.fixtures.KeepsNulls_EventBuilder;
import dev.streamevent.processor.fixtures.KeepsNulls_EventCodec;
import dev.streamevent.processor.fixtures.KeepsNulls_ItemBuilder;
import dev.streamevent.processor.fixtures.KeepsNulls_PlainCodec;
import dev.streamevent.processor.fixtures.KeepsNulls_WideCodec;
import dev.streamevent.processor.fixtures.PresenceCodec;
import dev.streamevent.runtime.JsonValue;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * A type that keeps unknown fields writes back the members that arrived as explicit JSON {@code null}; to the user,
 * {@code null} and absent remain the same value. Types without unknown fields omit them as before.
 */
class ExplicitNullsTest {
    private static final KeepsNulls_EventCodec CODEC = KeepsNulls_EventCodec.INSTANCE;
    private static final String ABSENT = "{\"type\":\"test.keeps_nulls\",\"id\":\"a\"}";
    /** Every nullable, optional and defaulted member as an explicit null, in declaration order. */
    private static final String NULLS = "{\"type\":\"test.keeps_nulls\",\"id\":\"a\",\"note\":null,\"code\":null,"
            + "\"item\":null,\"items\":null,\"label\":null,\"detail\":null,\"tags\":null,\"index\":null,"
            + "\"created_at\":null,\"temperature\":null,\"summary_index\":null,\"role\":null}";

    @Test
    void explicitNullsOfEveryKindAreWrittenBack() {
        KeepsNulls.Event event = CODEC.decode(NULLS);
        assertNull(event.note());
        assertNull(event.code());
        assertNull(event.item());
        assertNull(event.items());
        assertEquals(Optional.empty(), event.label());
        assertEquals(Optional.empty(), event.detail());
        assertEquals(Optional.empty(), event.tags());
        assertEquals(OptionalInt.empty(), event.index());
        assertEquals(OptionalLong.empty(), event.createdAt());
        assertEquals(OptionalDouble.empty(), event.temperature());
        assertEquals(7, event.summaryIndex(), "a null defaulted member takes its default");
        assertEquals("assistant:a", event.role());
        assertEquals(NULLS, CODEC.encodeToString(event));
    }

    @Test
    void eachExplicitNullIsWrittenBackOnItsOwn() {
        String[] members = {"note", "code", "item", "items", "label", "detail", "tags", "index", "created_at",
                "temperature", "summary_index", "role"};
        for (String member : members) {
            String json = "{\"type\":\"test.keeps_nulls\",\"id\":\"a\",\"" + member + "\":null,\"extra\":null}";
            String encoded = CODEC.encodeToString(CODEC.decode(json));
            assertTrue(encoded.contains("\"" + member + "\":null"), member + ": " + encoded);
            assertEquals(JsonValue.parse(json), JsonValue.parse(withoutDefaults(encoded, member)), member);
        }
    }

    /** Absent defaulted members are written with their defaults, as for every type; drop them for comparison. */
    private static String withoutDefaults(String encoded, String keep) {
        String result = encoded;
        if (!keep.equals("summary_index")) {
            result = result.replace(",\"summary_index\":7", "");
        }
        if (!keep.equals("role")) {
            result = result.replace(",\"role\":\"assistant:a\"", "");
        }
        return result;
    }

    @Test
    void absentMembersStayAbsent() {
        assertEquals("{\"type\":\"test.keeps_nulls\",\"id\":\"a\",\"summary_index\":7,\"role\":\"assistant:a\"}",
                CODEC.encodeToString(CODEC.decode(ABSENT)), "only the defaults are written, as before");
    }

    @Test
    void presentValuesAreWrittenAsUsual() {
        String json = "{\"type\":\"test.keeps_nulls\",\"id\":\"a\",\"note\":\"n\",\"code\":3,"
                + "\"item\":{\"id\":\"i\",\"status\":null},\"items\":[{\"id\":\"j\"}],\"label\":\"l\","
                + "\"detail\":{\"id\":\"k\",\"status\":\"done\"},\"tags\":[],\"index\":0,\"created_at\":1,"
                + "\"temperature\":0.5,\"summary_index\":2,\"role\":\"user\"}";
        assertEquals(json, CODEC.encodeToString(CODEC.decode(json)));
    }

    @Test
    void nullAndAbsentDecodeToEqualValuesWithEqualHashCodes() {
        KeepsNulls.Event nulls = CODEC.decode(NULLS);
        KeepsNulls.Event absent = CODEC.decode(ABSENT);
        assertEquals(absent, nulls);
        assertEquals(nulls, absent);
        assertEquals(absent.hashCode(), nulls.hashCode());
        assertEquals(absent.toString(), nulls.toString());
        assertEquals(nulls, KeepsNulls_EventBuilder.builder().id("a").build());
    }

    @Test
    void builderFromADecodedValueKeepsItsNulls() {
        KeepsNulls.Event copy = KeepsNulls_EventBuilder.from(CODEC.decode(NULLS)).build();
        assertEquals(NULLS, CODEC.encodeToString(copy));
    }

    @Test
    void builderFromADecodedValueWritesWhatWasSetSince() {
        KeepsNulls.Event copy = KeepsNulls_EventBuilder.from(CODEC.decode(NULLS))
                .id("b")
                .note("n")
                .index(OptionalInt.of(4))
                .label(Optional.empty())
                .role("user")
                .build();
        assertEquals("{\"type\":\"test.keeps_nulls\",\"id\":\"b\",\"note\":\"n\",\"code\":null,\"item\":null,"
                + "\"items\":null,\"detail\":null,\"tags\":null,\"index\":4,\"created_at\":null,"
                + "\"temperature\":null,\"summary_index\":null,\"role\":\"user\"}", CODEC.encodeToString(copy),
                "a property set on the builder is the user's value: empty is omitted, a value written");
    }

    @Test
    void aCopiedNullDefaultTakesItsDefaultFromTheCopy() {
        KeepsNulls.Event copy = KeepsNulls_EventBuilder.from(CODEC.decode(NULLS)).id("b").build();
        assertEquals("assistant:b", copy.role(), "the default is computed again, as the null written back means");
        assertEquals(copy, CODEC.decode(CODEC.encodeToString(copy)));
    }

    @Test
    void builtValuesOmitNullsAsBefore() {
        KeepsNulls.Event built = KeepsNulls_EventBuilder.builder().id("a").note(null).build();
        assertEquals("{\"type\":\"test.keeps_nulls\",\"id\":\"a\",\"summary_index\":7,\"role\":\"assistant:a\"}",
                CODEC.encodeToString(built));
        KeepsNulls.Event copied = KeepsNulls_EventBuilder.from(built).build();
        assertEquals(CODEC.encodeToString(built), CODEC.encodeToString(copied));
    }

    @Test
    void nestedValuesKeepTheirOwnNullsInsideAnyContainer() {
        String json = "{\"type\":\"test.keeps_nulls\",\"id\":\"a\",\"item\":{\"id\":\"i\",\"status\":null},"
                + "\"items\":[{\"id\":\"j\",\"status\":null},{\"id\":\"k\"}],"
                + "\"detail\":{\"id\":\"d\",\"status\":null,\"x\":null}}";
        String encoded = CODEC.encodeToString(CODEC.decode(json));
        assertEquals(JsonValue.parse(json), JsonValue.parse(withoutDefaults(encoded, "")));
        // A nested value set on the builder has no nulls of its own to give back.
        KeepsNulls.Event rebuilt = KeepsNulls_EventBuilder.from(CODEC.decode(json))
                .item(KeepsNulls_ItemBuilder.builder().id("i").build())
                .build();
        assertTrue(CODEC.encodeToString(rebuilt).startsWith(
                "{\"type\":\"test.keeps_nulls\",\"id\":\"a\",\"item\":{\"id\":\"i\"},\"items\":[{\"id\":\"j\","
                        + "\"status\":null},{\"id\":\"k\"}]"));
    }

    @Test
    void typesWithoutUnknownFieldsStillOmitNulls() {
        String presence = "{\"type\":\"test.presence\",\"id\":\"a\",\"note\":null,\"code\":null,\"label\":null,"
                + "\"index\":null,\"created_at\":null,\"temperature\":null}";
        assertEquals("{\"type\":\"test.presence\",\"id\":\"a\",\"summary_index\":7,\"role\":\"assistant:a\"}",
                PresenceCodec.INSTANCE.encodeToString(PresenceCodec.INSTANCE.decode(presence)));
        String plain = "{\"note\":null,\"index\":null,\"items\":[{\"id\":\"i\",\"status\":null}]}";
        assertEquals("{\"items\":[{\"id\":\"i\",\"status\":null}]}",
                KeepsNulls_PlainCodec.INSTANCE.encodeToString(KeepsNulls_PlainCodec.INSTANCE.decode(plain)),
                "the plain type omits its own nulls; the nested item keeps unknown fields and writes its own back");
    }

    @Test
    void onlyTypesThatKeepUnknownFieldsCarryAMask() throws ClassNotFoundException {
        assertEquals(List.of("explicitNulls0"), maskFields("KeepsNulls_EventImpl"));
        assertEquals(List.of("explicitNulls0", "explicitNulls1"), maskFields("KeepsNulls_WideImpl"));
        assertEquals(List.of(), maskFields("KeepsNulls_PlainImpl"));
        assertEquals(List.of(), maskFields("PresenceImpl"));
    }

    private static List<String> maskFields(String implementation) throws ClassNotFoundException {
        Field[] fields = Class.forName("dev.streamevent.processor.fixtures." + implementation).getDeclaredFields();
        return Arrays.stream(fields).map(Field::getName).filter(name -> name.startsWith("explicitNulls")).toList();
    }

    @Test
    void nullsBeyondTheFirstMaskWordAreWrittenBack() {
        StringJoiner json = new StringJoiner(",", "{", "}").add("\"p01\":\"a\"");
        for (int i = 2; i <= 35; i++) {
            json.add(String.format("\"p%02d\":null", i));
        }
        String encoded = KeepsNulls_WideCodec.INSTANCE.encodeToString(KeepsNulls_WideCodec.INSTANCE.decode(
                json.toString()));
        assertEquals(json.toString(), encoded);
        String sparse = "{\"p01\":\"a\",\"p33\":null,\"p35\":null}";
        assertEquals(sparse, KeepsNulls_WideCodec.INSTANCE.encodeToString(KeepsNulls_WideCodec.INSTANCE.decode(
                sparse)));
        assertFalse(KeepsNulls_WideCodec.INSTANCE.encodeToString(KeepsNulls_WideCodec.INSTANCE.decode(
                "{\"p01\":\"a\"}")).contains("null"));
    }
}
