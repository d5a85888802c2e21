package dev.streamevent.processor.behavior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.streamevent.processor.fixtures.Containers;
import dev.streamevent.processor.fixtures.ContainersBuilder;
import dev.streamevent.processor.fixtures.ContainersCodec;
import dev.streamevent.runtime.JsonException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lists and maps: nesting, order, immutability. */
class ContainersTest {
    private static final ContainersCodec CODEC = ContainersCodec.INSTANCE;
    private static final String JSON = "{\"tags\":[\"b\",\"a\"],\"numbers\":[3,-1],\"matrix\":[[1],[],[2,3]],"
            + "\"weights\":{\"z\":1.5,\"a\":-2.0},\"groups\":{\"g\":[\"x\"]},\"records\":[{\"k\":[null,true]}],"
            + "\"scalars\":[],\"scalars_by_name\":{},\"history\":[\"completed\",\"paused\"],"
            + "\"flags\":{\"m\":{\"on\":true,\"off\":false},\"e\":{}}}";

    @Test
    void nestedContainersRoundTripKeepingOrder() {
        Containers c = CODEC.decode(JSON);
        assertEquals(List.of(List.of(1L), List.of(), List.of(2L, 3L)), c.matrix());
        assertEquals(List.of("z", "a"), new ArrayList<>(c.weights().keySet()));
        assertEquals(List.of("on", "off"), new ArrayList<>(c.flags().get("m").keySet()));
        assertEquals(JSON, CODEC.encodeToString(c));
    }

    @Test
    void decodedContainersAreUnmodifiable() {
        Containers c = CODEC.decode(JSON);
        assertThrows(UnsupportedOperationException.class, () -> c.tags().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> c.weights().put("x", 1.0));
    }

    @Test
    void builderCopiesSoLaterChangesDoNotLeakIn() {
        List<String> tags = new ArrayList<>(List.of("a"));
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("w", 1.0);
        Containers c = ContainersBuilder.from(CODEC.decode(JSON)).tags(tags).weights(weights).build();
        tags.add("b");
        weights.put("v", 2.0);
        assertEquals(List.of("a"), c.tags());
        assertEquals(Map.of("w", 1.0), c.weights());
    }

    @Test
    void builderRejectsNullElements() {
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> ContainersBuilder.builder().tags(withNull));
    }

    @Test
    void duplicateMapKeyIsAnError() {
        assertThrows(JsonException.class, () -> CODEC.decode(JSON.replace("{\"g\":[\"x\"]}",
                "{\"g\":[\"x\"],\"g\":[]}")));
    }

    @Test
    void wrongElementTypeIsAnErrorWithItsPath() {
        JsonException e = assertThrows(JsonException.class, () -> CODEC.decode(JSON.replace("[3,-1]", "[3,\"x\"]")));
        assertEquals("$.numbers[1]", e.path());
    }
}
