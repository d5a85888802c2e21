package dev.streamevent.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The family machinery, on a small hand-written family of two members. */
class AbstractFamilyCodecTest {

    sealed interface Shape permits Circle, Square, UnknownShape, InvalidShape {
    }

    record Circle(int radius) implements Shape {
    }

    record Square(int side) implements Shape {
    }

    record UnknownShape(String type, byte[] rawJson) implements Shape, UnknownMember {
    }

    record InvalidShape(String type, byte[] rawJson, JsonException error) implements Shape, InvalidMember {
    }

    /** How often the family let a member's codec read on after the discriminator, rather than from the start. */
    private static final java.util.concurrent.atomic.AtomicInteger RESUMED = new java.util.concurrent.atomic.AtomicInteger();

    /** A member codec as the processor would generate it: it checks its own type and reads its one property. */
    private static EventCodec<Shape> member(String type, String property,
                                            java.util.function.IntFunction<Shape> create,
                                            java.util.function.ToIntFunction<Shape> get) {
        JsonNames names = JsonNames.of("type", property);
        JsonNames typeValue = JsonNames.of(type);
        return new EventCodec<>() {
            @Override
            public Shape read(JsonReader reader) {
                reader.beginObject();
                return readMembers(reader, false);
            }

            @Override
            public Shape readAfterDiscriminator(JsonReader reader) {
                RESUMED.incrementAndGet();
                return readMembers(reader, true);
            }

            private Shape readMembers(JsonReader reader, boolean typeSeen) {
                Integer value = null;
                for (int field; (field = reader.nextField(names)) != JsonReader.END; ) {
                    if (field == 0) {
                        if (typeSeen) {
                            throw reader.duplicateProperty();
                        }
                        typeSeen = true;
                        if (reader.readStringIndex(typeValue) != 0) {
                            throw reader.error("wrong type");
                        }
                    } else if (field == 1) {
                        value = reader.readInt();
                    } else {
                        reader.skipValue();
                    }
                }
                if (value == null) {
                    throw reader.missingProperty(property);
                }
                return create.apply(value);
            }

            @Override
            public void write(JsonWriter writer, Shape shape) {
                writer.beginObject();
                writer.name(names, 0);
                writer.value(typeValue, 0);
                writer.name(names, 1);
                writer.value(get.applyAsInt(shape));
                writer.endObject();
            }
        };
    }

    private static final AbstractFamilyCodec<Shape> CODEC = new AbstractFamilyCodec<>("type",
            JsonNames.of("circle", "square"),
            List.of(member("circle", "radius", Circle::new, s -> ((Circle) s).radius()),
                    member("square", "side", Square::new, s -> ((Square) s).side()))) {
        @Override
        protected Shape unknown(String type, byte[] rawJson) {
            return new UnknownShape(type, rawJson);
        }

        @Override
        protected Shape invalid(String type, byte[] rawJson, JsonException error) {
            return new InvalidShape(type, rawJson, error);
        }

        @Override
        protected void writeMember(JsonWriter writer, Shape value) {
            (value instanceof Circle ? CIRCLE : SQUARE).write(writer, value);
        }
    };

    private static final EventCodec<Shape> CIRCLE = member("circle", "radius", Circle::new, s -> ((Circle) s).radius());
    private static final EventCodec<Shape> SQUARE = member("square", "side", Square::new, s -> ((Square) s).side());

    @Test
    void dispatchesOnTheTypeWhereverItStands() {
        assertEquals(new Circle(3), CODEC.decode("{\"type\":\"circle\",\"radius\":3}"));
        assertEquals(new Square(4), CODEC.decode("{\"side\":4,\"extra\":[1,{\"a\":2}],\"type\":\"square\"}"));
    }

    @Test
    void aLeadingTypeIsReadOnceAndALaterOneMakesTheMemberReadFromTheStart() {
        int before = RESUMED.get();
        assertEquals(new Circle(3), CODEC.decode("{\"type\":\"circle\",\"radius\":3}"));
        assertEquals(before + 1, RESUMED.get());
        assertEquals(new Circle(5), CODEC.decode(" { \"radius\":5, \"type\" : \"circle\" } "));
        assertEquals(before + 1, RESUMED.get());
        JsonException duplicate = assertThrows(JsonException.class,
                () -> CODEC.decode("{\"type\":\"circle\",\"radius\":3,\"type\":\"circle\"}"));
        assertEquals("$.type", duplicate.path());
    }

    @Test
    void anUnknownTypeKeepsItsRawJsonAndEncodesBackUnchanged() {
        String json = "{\"type\":\"hexagon\", \"sides\":6}";
        Shape shape = CODEC.decode(json);
        UnknownShape unknown = assertInstanceOf(UnknownShape.class, shape);
        assertEquals("hexagon", unknown.type());
        assertEquals(json, CODEC.encodeToString(shape));
    }

    @Test
    void strictDecodingThrowsWithThePath() {
        JsonException missing = assertThrows(JsonException.class, () -> CODEC.decode("{\"type\":\"circle\"}"));
        assertEquals("$.radius", missing.path());
        JsonException noType = assertThrows(JsonException.class, () -> CODEC.decode("{\"radius\":1}"));
        assertEquals("$.type", noType.path());
    }

    @Test
    void lenientDecodingKeepsTheInputTheTypeAndTheError() {
        byte[] json = "{\"type\":\"circle\",\"radius\":\"big\"}".getBytes(StandardCharsets.UTF_8);
        InvalidShape invalid = assertInstanceOf(InvalidShape.class, CODEC.decodeLenient(json));
        assertEquals("circle", invalid.type());
        assertArrayEquals(json, invalid.rawJson());
        assertEquals("$.radius", invalid.error().path());
        assertArrayEquals(json, CODEC.encode(invalid));

        byte[] broken = "{\"type\":\"square\",\"side\":".getBytes(StandardCharsets.UTF_8);
        InvalidShape truncated = assertInstanceOf(InvalidShape.class, CODEC.decodeLenient(broken));
        assertEquals("square", truncated.type());
        assertArrayEquals(broken, CODEC.encode(truncated));
        assertThrows(JsonException.class, () -> CODEC.write(JsonWriter.create(), truncated));

        byte[] garbage = "not json".getBytes(StandardCharsets.UTF_8);
        assertNull(assertInstanceOf(InvalidShape.class, CODEC.decodeLenient(garbage)).type());
    }

    @Test
    void nestedMembersDispatchInsideArrays() {
        JsonReader reader = JsonReader.of("[{\"type\":\"square\",\"side\":1},{\"type\":\"x\"},{\"radius\":2,\"type\":\"circle\"}]"
                .getBytes(StandardCharsets.UTF_8));
        reader.beginArray();
        List<Shape> shapes = new java.util.ArrayList<>();
        while (reader.nextElement()) {
            shapes.add(CODEC.read(reader));
        }
        reader.endOfDocument();
        assertEquals(new Square(1), shapes.get(0));
        assertEquals("x", assertInstanceOf(UnknownShape.class, shapes.get(1)).type());
        assertEquals(new Circle(2), shapes.get(2));
    }
}
