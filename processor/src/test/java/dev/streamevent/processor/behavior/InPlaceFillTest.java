package dev.streamevent.processor.behavior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.streamevent.processor.fixtures.ManyShapes;
import dev.streamevent.processor.fixtures.ManyShapesBuilder;
import dev.streamevent.processor.fixtures.ManyShapesCodec;
import dev.streamevent.processor.fixtures.ScalarsCodec;
import dev.streamevent.processor.fixtures.Status;
import dev.streamevent.runtime.JsonException;
import dev.streamevent.runtime.JsonValue;
import dev.streamevent.runtime.OpenEnum;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * A type with so many properties that its codec fills the value in place rather than building it from locals: absent
 * members, defaults, explicit nulls and errors behave as they do for a small type.
 */
class InPlaceFillTest {
    private static final ManyShapesCodec CODEC = ManyShapesCodec.INSTANCE;
    private static final String SCALARS = "{\"flag\":true,\"count\":1,\"total\":2,\"ratio\":0.5,\"score\":0.25,"
            + "\"boxed_flag\":false,\"boxed_count\":3,\"boxed_total\":4,\"boxed_ratio\":1.5,\"boxed_score\":2.5,"
            + "\"text\":\"t\",\"amount\":1.5,\"huge\":7,\"metadata\":null}";
    /** The required members only. */
    private static final String REQUIRED = "{\"type\":\"test.many_shapes\",\"id\":\"a\",\"flag\":true,\"count\":1,"
            + "\"total\":2,\"ratio\":0.5,\"score\":0.25,\"boxed_count\":3,\"amount\":4.5,\"metadata\":{\"k\":[1]},"
            + "\"status\":\"completed\",\"scalars\":" + SCALARS + ",\"tags\":[\"x\"],\"totals\":{\"n\":5},"
            + "\"model\":\"m\"}";

    @Test
    void absentMembersAreAbsentAndTakeTheirDefaults() {
        ManyShapes value = CODEC.decode(REQUIRED);
        assertEquals("a", value.id());
        assertEquals(1, value.count());
        assertEquals(2L, value.total());
        assertEquals(0.25, value.score());
        assertEquals(3, value.boxedCount());
        assertEquals(new BigDecimal("4.5"), value.amount());
        assertEquals(OpenEnum.of(Status.COMPLETED), value.status());
        assertEquals(ScalarsCodec.INSTANCE.decode(SCALARS), value.scalars());
        assertEquals(List.of("x"), value.tags());
        assertEquals(Map.of("n", 5L), value.totals());
        assertNull(value.note());
        assertNull(value.aliases());
        assertNull(value.store());
        assertEquals(Optional.empty(), value.label());
        assertEquals(Optional.empty(), value.details());
        assertEquals(Optional.empty(), value.groups());
        assertEquals(OptionalInt.empty(), value.index());
        assertEquals(OptionalLong.empty(), value.createdAt());
        assertEquals(OptionalDouble.empty(), value.temperature());
        assertEquals(7, value.summaryIndex());
        assertEquals("assistant:a", value.role(), "a default that reads another property sees it filled");
        assertEquals(Map.of(), value.unknownFields());
        assertThrows(UnsupportedOperationException.class, () -> value.tags().add("y"));
    }

    @Test
    void aDecodedValueEqualsTheSameValueBuilt() {
        ManyShapes decoded = CODEC.decode(withMembers(",\"summary_index\":9,\"note\":\"n\",\"temperature\":0.5,"
                + "\"extra\":[true]"));
        ManyShapes built = ManyShapesBuilder.from(CODEC.decode(REQUIRED))
                .summaryIndex(9).note("n").temperature(OptionalDouble.of(0.5))
                .unknownFields(Map.of("extra", JsonValue.parse("[true]")))
                .build();
        assertEquals(built, decoded);
        assertEquals(built.hashCode(), decoded.hashCode());
        assertEquals(built.toString(), decoded.toString());
    }

    @Test
    void explicitNullsAreWrittenBack() {
        String nulls = withMembers(",\"note\":null,\"store\":null,\"label\":null,\"index\":null,"
                + "\"summary_index\":null,\"role\":null");
        ManyShapes value = CODEC.decode(nulls);
        assertNull(value.note());
        assertEquals(OptionalInt.empty(), value.index());
        assertEquals(7, value.summaryIndex(), "a null defaulted member takes its default");
        String encoded = CODEC.encodeToString(value);
        for (String member : List.of("note", "store", "label", "index", "summary_index", "role")) {
            assertTrue(encoded.contains("\"" + member + "\":null"), member + ": " + encoded);
        }
        assertEquals(JsonValue.parse(nulls), JsonValue.parse(encoded));
    }

    @Test
    void duplicateAndMissingMembersAreReportedWithTheirPaths() {
        JsonException duplicate = assertThrows(JsonException.class,
                () -> CODEC.decode(REQUIRED.replace("\"model\":\"m\"", "\"model\":\"m\",\"count\":2")));
        assertEquals("$.count", duplicate.path());
        JsonException missing = assertThrows(JsonException.class,
                () -> CODEC.decode(REQUIRED.replace(",\"model\":\"m\"", "")));
        assertTrue(missing.getMessage().contains("model"), missing.getMessage());
    }

    /** The required members, then {@code more}. */
    private static String withMembers(String more) {
        return REQUIRED.substring(0, REQUIRED.length() - 1) + more + "}";
    }
}
