package dev.streamevent.processor.roundtrip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.streamevent.processor.fixtures.ContainersCodec;
import dev.streamevent.processor.fixtures.KeepsUnknown;
import dev.streamevent.processor.fixtures.KeepsUnknownBuilder;
import dev.streamevent.processor.fixtures.KeepsUnknownCodec;
import dev.streamevent.processor.fixtures.Nesting_CompletedCodec;
import dev.streamevent.processor.fixtures.PresenceCodec;
import dev.streamevent.processor.fixtures.ScalarsCodec;
import dev.streamevent.processor.fixtures.ManyShapes;
import dev.streamevent.processor.fixtures.ManyShapesBuilder;
import dev.streamevent.processor.fixtures.ManyShapesCodec;
import dev.streamevent.runtime.JsonCodec;
import dev.streamevent.runtime.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property-style round trips over random instances (fixed seeds, so every run checks the same values): encode then
 * decode gives an equal value and the same bytes again; and decoding the members shuffled at every level, with
 * unknown members added, gives the same value.
 */
class RoundTripPropertiesTest {
    private static final int SEEDS = 200;

    /** A fixture type: its codec and a generator of random instances. */
    private record Kind<T>(String name, JsonCodec<T> codec, Function<RandomEvents, T> generator) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> kinds() {
        return Stream.of(
                new Kind<>("scalars", ScalarsCodec.INSTANCE, RandomEvents::scalars),
                new Kind<>("containers", ContainersCodec.INSTANCE, RandomEvents::containers),
                new Kind<>("presence", PresenceCodec.INSTANCE, RandomEvents::presence),
                new Kind<>("nesting", Nesting_CompletedCodec.INSTANCE, RandomEvents::completed),
                new Kind<>("keeps unknown", KeepsUnknownCodec.INSTANCE, RandomEvents::keepsUnknown),
                new Kind<>("many shapes (filled in place)", ManyShapesCodec.INSTANCE, RandomEvents::manyShapes))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T> void encodeThenDecodeGivesAnEqualValue(Kind<T> kind) {
        for (long seed = 1; seed <= SEEDS; seed++) {
            T value = kind.generator().apply(new RandomEvents(new RandomValues(seed)));
            byte[] json = kind.codec().encode(value);
            T decoded = kind.codec().decode(json);
            assertEquals(value, decoded, "seed " + seed);
            assertEquals(value.hashCode(), decoded.hashCode(), "seed " + seed);
            assertArrayEquals(json, kind.codec().encode(decoded), "seed " + seed);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T> void shuffledMembersAndUnknownMembersDecodeToTheSameValue(Kind<T> kind) {
        for (long seed = 1; seed <= SEEDS; seed++) {
            RandomValues random = new RandomValues(seed);
            RandomEvents events = new RandomEvents(random);
            T value = kind.generator().apply(events);
            Map<String, JsonValue> members = new LinkedHashMap<>(
                    ((JsonValue.ObjectValue) shuffled(JsonValue.parse(kind.codec().encode(value)), random)).members());
            Map<String, JsonValue> added = new LinkedHashMap<>();
            for (int i = random.below(4); i > 0; i--) {
                added.put(RandomEvents.UNKNOWN_PREFIX + "added-" + i, events.anyJson());
            }
            members.putAll(added);
            List<Map.Entry<String, JsonValue>> entries = new ArrayList<>(members.entrySet());
            random.shuffle(entries);
            Map<String, JsonValue> reordered = new LinkedHashMap<>();
            entries.forEach(entry -> reordered.put(entry.getKey(), entry.getValue()));

            T decoded = kind.codec().decode(new JsonValue.ObjectValue(reordered).toJsonBytes());
            assertEquals(expectedAfterAdding(value, added), decoded, "seed " + seed);
        }
    }

    /** Added members are skipped, except by a type that keeps unknown members. */
    @SuppressWarnings("unchecked")
    private static <T> T expectedAfterAdding(T value, Map<String, JsonValue> added) {
        if (value instanceof KeepsUnknown keeps) {
            return (T) KeepsUnknownBuilder.from(keeps).unknownFields(withAdded(keeps.unknownFields(), added)).build();
        }
        if (value instanceof ManyShapes many) {
            return (T) ManyShapesBuilder.from(many).unknownFields(withAdded(many.unknownFields(), added)).build();
        }
        return value;
    }

    private static Map<String, JsonValue> withAdded(Map<String, JsonValue> kept, Map<String, JsonValue> added) {
        Map<String, JsonValue> unknown = new LinkedHashMap<>(kept);
        unknown.putAll(added);
        return unknown;
    }

    /** The same JSON with the members of every object, at any depth, in a random order. */
    private static JsonValue shuffled(JsonValue json, RandomValues random) {
        if (json instanceof JsonValue.ObjectValue object) {
            List<Map.Entry<String, JsonValue>> entries = new ArrayList<>(object.members().entrySet());
            random.shuffle(entries);
            Map<String, JsonValue> members = new LinkedHashMap<>();
            entries.forEach(entry -> members.put(entry.getKey(), shuffled(entry.getValue(), random)));
            return new JsonValue.ObjectValue(members);
        }
        if (json instanceof JsonValue.ArrayValue array) {
            List<JsonValue> elements = new ArrayList<>();
            array.elements().forEach(element -> elements.add(shuffled(element, random)));
            return new JsonValue.ArrayValue(elements);
        }
        return json;
    }
}
