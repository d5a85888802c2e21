package dev.streamevent.processor.behavior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.streamevent.processor.fixtures.Presence;
import dev.streamevent.processor.fixtures.PresenceBuilder;
import dev.streamevent.processor.fixtures.PresenceCodec;
import dev.streamevent.runtime.JsonException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Required, nullable, optional and defaulted properties: what absence and null mean, and what encode writes. */
class PresenceTest {
    private static final PresenceCodec CODEC = PresenceCodec.INSTANCE;

    @Test
    void absentMembersGiveNullEmptyOrDefault() {
        Presence p = CODEC.decode("{\"type\":\"test.presence\",\"id\":\"a\"}");
        assertNull(p.note());
        assertNull(p.code());
        assertNull(p.aliases());
        assertEquals(Optional.empty(), p.label());
        assertEquals(Optional.empty(), p.details());
        assertEquals(Optional.empty(), p.tags());
        assertEquals(OptionalInt.empty(), p.index());
        assertEquals(OptionalLong.empty(), p.createdAt());
        assertEquals(OptionalDouble.empty(), p.temperature());
        assertEquals(7, p.summaryIndex());
        assertEquals("assistant:a", p.role(), "a default may read other properties");
    }

    @Test
    void explicitNullsMeanTheSameAsAbsence() {
        String nulls = "{\"type\":\"test.presence\",\"id\":\"a\",\"note\":null,\"code\":null,\"aliases\":null,"
                + "\"label\":null,\"details\":null,\"tags\":null,\"index\":null,\"created_at\":null,"
                + "\"temperature\":null,\"summary_index\":null,\"role\":null}";
        assertEquals(CODEC.decode("{\"type\":\"test.presence\",\"id\":\"a\"}"), CODEC.decode(nulls));
    }

    @Test
    void encodeOmitsNullAndEmptyButWritesDefaults() {
        Presence p = PresenceBuilder.builder().id("a").build();
        assertEquals("{\"type\":\"test.presence\",\"id\":\"a\",\"summary_index\":7,\"role\":\"assistant:a\"}",
                CODEC.encodeToString(p));
    }

    @Test
    void presentValuesRoundTrip() {
        String json = "{\"type\":\"test.presence\",\"id\":\"a\",\"note\":\"n\",\"code\":-3,\"aliases\":[\"x\"],"
                + "\"label\":\"l\",\"tags\":[],\"index\":0,\"created_at\":1764964102,\"temperature\":0.5,"
                + "\"summary_index\":2,\"role\":\"user\"}";
        Presence p = CODEC.decode(json);
        assertEquals("n", p.note());
        assertEquals(-3, p.code());
        assertEquals(List.of("x"), p.aliases());
        assertEquals(Optional.of(List.of()), p.tags());
        assertEquals(OptionalInt.of(0), p.index());
        assertEquals(OptionalLong.of(1764964102L), p.createdAt());
        assertEquals(2, p.summaryIndex());
        assertEquals("user", p.role());
        assertEquals(json, CODEC.encodeToString(p));
    }

    @Test
    void builderUsesDefaultsOnlyForUnsetProperties() {
        Presence p = PresenceBuilder.builder().id("b").summaryIndex(0).build();
        assertEquals(0, p.summaryIndex());
        assertEquals("assistant:b", p.role());
        assertEquals(p, PresenceBuilder.from(p).build());
    }

    @Test
    void nullableSetterAcceptsNullAndOptionalSetterDoesNot() {
        assertNull(PresenceBuilder.builder().id("c").note(null).build().note());
        assertThrows(NullPointerException.class, () -> PresenceBuilder.builder().label(null));
    }

    @Test
    void missingRequiredIsStillAnError() {
        JsonException e = assertThrows(JsonException.class, () -> CODEC.decode("{\"type\":\"test.presence\"}"));
        assertEquals("$.id", e.path());
    }

    @Test
    void helperAndStaticMethodsAreNotProperties() {
        Presence p = PresenceBuilder.builder().id("abc").build();
        assertEquals("ABC", p.shout());
        assertEquals("presence", Presence.describe());
    }
}
