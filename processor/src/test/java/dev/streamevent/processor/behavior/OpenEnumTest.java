package dev.streamevent.processor.behavior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.streamevent.processor.fixtures.Containers;
import dev.streamevent.processor.fixtures.ContainersCodec;
import dev.streamevent.processor.fixtures.Status;
import dev.streamevent.runtime.OpenEnum;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Open enums: known strings become constants, unknown ones are kept and written back. */
class OpenEnumTest {
    private static final String JSON = "{\"tags\":[],\"numbers\":[],\"matrix\":[],\"weights\":{},\"groups\":{},"
            + "\"records\":[],\"scalars\":[],\"scalars_by_name\":{},"
            + "\"history\":[\"in_progress\",\"queued\",\"completed\"],\"flags\":{}}";

    @Test
    void knownValuesAreConstantsAndUnknownOnesKeepTheirString() {
        Containers c = ContainersCodec.INSTANCE.decode(JSON);
        OpenEnum<Status> first = c.history().get(0);
        OpenEnum<Status> second = c.history().get(1);
        assertEquals(Optional.of(Status.IN_PROGRESS), first.known());
        assertTrue(first.isKnown());
        assertEquals("in_progress", first.value());
        assertFalse(second.isKnown());
        assertEquals("queued", second.value());
        assertEquals(Status.COMPLETED, c.history().get(2).orElse(null));
        assertEquals(Status.INCOMPLETE, second.orElse(Status.INCOMPLETE));
    }

    @Test
    void unknownValuesSurviveReEncoding() {
        assertEquals(JSON, ContainersCodec.INSTANCE.encodeToString(ContainersCodec.INSTANCE.decode(JSON)));
    }

    @Test
    void decodingAKnownValueReusesOneInstance() {
        Containers a = ContainersCodec.INSTANCE.decode(JSON);
        Containers b = ContainersCodec.INSTANCE.decode(JSON);
        assertSame(a.history().get(0), b.history().get(0));
    }

    @Test
    void equalityFollowsTheValue() {
        assertEquals(OpenEnum.of(Status.COMPLETED), OpenEnum.of(Status.COMPLETED));
        assertEquals(OpenEnum.<Status>unknown("x"), OpenEnum.<Status>unknown("x"));
        assertNotEquals(OpenEnum.<Status>unknown("x"), OpenEnum.<Status>unknown("y"));
        assertEquals("completed", OpenEnum.of(Status.COMPLETED).toString());
    }
}
