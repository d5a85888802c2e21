package dev.streamevent.processor.behavior;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.streamevent.processor.fixtures.family.Animal;
import dev.streamevent.processor.fixtures.family.Animal_BaseCodec;
import dev.streamevent.processor.fixtures.family.Animal_DogBuilder;
import dev.streamevent.processor.fixtures.family.BigFamily;
import dev.streamevent.processor.fixtures.family.BigFamily_BaseCodec;
import dev.streamevent.processor.fixtures.family.Circle;
import dev.streamevent.processor.fixtures.family.InvalidItems_StreamEvents;
import dev.streamevent.processor.fixtures.family.InvalidShape;
import dev.streamevent.processor.fixtures.family.Items;
import dev.streamevent.processor.fixtures.family.Items_StreamEventsCodec;
import dev.streamevent.processor.fixtures.family.Items_StreamEventsVisitor;
import dev.streamevent.processor.fixtures.family.Shape;
import dev.streamevent.processor.fixtures.family.ShapeCodec;
import dev.streamevent.processor.fixtures.family.ShapeVisitor;
import dev.streamevent.processor.fixtures.family.Square;
import dev.streamevent.processor.fixtures.family.UnknownItems_ContentPart;
import dev.streamevent.processor.fixtures.family.UnknownItems_StreamEvents;
import dev.streamevent.processor.fixtures.family.UnknownShape;
import dev.streamevent.runtime.JsonException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Family codecs: dispatch on the discriminator anywhere, unknown and invalid members, visitors, nested unions. */
class FamilyTest {

    @Test
    void dispatchesOnTheTypeWhereverItIs() {
        Shape first = ShapeCodec.INSTANCE.decode("{\"type\":\"circle\",\"radius\":1.5}");
        Shape last = ShapeCodec.INSTANCE.decode("{\"radius\":1.5,\"extra\":[1,{\"type\":\"square\"}],\"type\":\"circle\"}");
        Shape middle = ShapeCodec.INSTANCE.decode("{\"side\":2.0,\"type\":\"square\",\"z\":null}");
        assertEquals(1.5, ((Circle) first).radius());
        assertEquals(first, last);
        assertEquals(2.0, ((Square) middle).side());
        assertEquals("{\"type\":\"square\",\"side\":2.0}", ShapeCodec.INSTANCE.encodeToString(middle));
    }

    @Test
    void aSecondTypeMemberIsADuplicateWhetherTheFamilyOrTheMemberReadTheFirst() {
        // Type first: the family reads it and the member's codec reads on; type later: the member reads it all.
        for (String json : new String[] {"{\"type\":\"circle\",\"radius\":1.5,\"type\":\"circle\"}",
            "{\"radius\":1.5,\"type\":\"circle\",\"type\":\"circle\"}"}) {
            JsonException duplicate = assertThrows(JsonException.class, () -> ShapeCodec.INSTANCE.decode(json));
            assertEquals("duplicate property 'type'", duplicate.reason(), json);
            assertEquals("$.type", duplicate.path(), json);
        }
    }

    @Test
    void unknownTypeIsAMemberThatKeepsItsJson() {
        String json = "{\"type\":\"hexagon\", \"sides\":6}";
        Shape shape = ShapeCodec.INSTANCE.decode(json);
        UnknownShape unknown = assertInstanceOf(UnknownShape.class, shape);
        assertEquals("hexagon", unknown.type());
        assertEquals(json, new String(unknown.rawJson(), StandardCharsets.UTF_8));
        assertEquals(json, ShapeCodec.INSTANCE.encodeToString(shape));
    }

    @Test
    void invalidContentThrowsStrictlyAndIsAnInvalidMemberLeniently() {
        String json = "{\"type\":\"circle\"}";
        JsonException strict = assertThrows(JsonException.class, () -> ShapeCodec.INSTANCE.decode(json));
        assertEquals("$.radius", strict.path());
        InvalidShape invalid = assertInstanceOf(InvalidShape.class,
                ShapeCodec.INSTANCE.decodeLenient(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals("circle", invalid.type());
        assertEquals("$.radius", invalid.error().path());
        assertArrayEquals(json.getBytes(StandardCharsets.UTF_8), ShapeCodec.INSTANCE.encode(invalid));
    }

    @Test
    void malformedInputIsAnInvalidMemberWithoutType() {
        InvalidShape invalid = assertInstanceOf(InvalidShape.class,
                ShapeCodec.INSTANCE.decodeLenient("{\"type\":".getBytes(StandardCharsets.UTF_8)));
        assertNull(invalid.type());
    }

    @Test
    void sealedFamiliesWorkWithPatternMatching() {
        Shape shape = ShapeCodec.INSTANCE.decode("{\"type\":\"square\",\"side\":3.0}");
        double area;
        if (shape instanceof Circle circle) {
            area = Math.PI * circle.radius() * circle.radius();
        } else if (shape instanceof Square square) {
            area = square.side() * square.side();
        } else {
            area = -1;
        }
        assertEquals(9.0, area);
    }

    @Test
    void visitorsHandleEveryMember() {
        ShapeVisitor<String> describe = new ShapeVisitor<>() {
            @Override
            public String visit(Circle event) {
                return "circle " + event.radius();
            }

            @Override
            public String visit(Square event) {
                return "square " + event.side();
            }

            @Override
            public String visitUnknown(UnknownShape event) {
                return "unknown " + event.type();
            }

            @Override
            public String visitInvalid(InvalidShape event) {
                return "invalid " + event.type();
            }
        };
        List<String> seen = new ArrayList<>();
        for (String json : List.of("{\"type\":\"circle\",\"radius\":1.0}", "{\"type\":\"blob\"}",
                "{\"type\":\"square\"}", "{\"side\":4.0,\"type\":\"square\"}")) {
            seen.add(describe.dispatch(ShapeCodec.INSTANCE.decodeLenient(json.getBytes(StandardCharsets.UTF_8))));
        }
        assertEquals(List.of("circle 1.0", "unknown blob", "invalid square", "square 4.0"), seen);
    }

    @Test
    void aFamilyOfFortyTwoMembersDispatchesEachOne() {
        String[] values = {"1", "\"s\"", "1.5", "true", "7"};
        for (int i = 1; i <= 42; i++) {
            String type = String.format("big.event.%02d", i);
            String json = "{\"value\":" + valueFor(i, values) + ",\"type\":\"" + type + "\"}";
            BigFamily.Base event = BigFamily_BaseCodec.INSTANCE.decode(json);
            assertEquals(type, event.type());
            assertEquals("{\"type\":\"" + type + "\",\"value\":" + valueFor(i, values) + "}",
                    BigFamily_BaseCodec.INSTANCE.encodeToString(event));
        }
    }

    /** The fixture's property types cycle int, long, String, double, boolean from member 0. */
    private static String valueFor(int member, String[] values) {
        switch (member % 5) {
            case 0:
                return values[0];
            case 1:
                return values[4];
            case 2:
                return values[1];
            case 3:
                return values[2];
            default:
                return values[3];
        }
    }

    @Test
    void aFamilyMayNameItsOwnDiscriminator() {
        Animal.Base dog = Animal_BaseCodec.INSTANCE.decode("{\"name\":\"Rex\",\"kind\":\"dog\"}");
        assertEquals("dog", dog.type());
        assertEquals(Animal_DogBuilder.builder().name("Rex").build(), dog);
        assertEquals("{\"kind\":\"dog\",\"name\":\"Rex\"}", Animal_BaseCodec.INSTANCE.encodeToString(dog));
    }

    @Test
    void anUnknownNestedTypeDoesNotSpoilTheEventAroundIt() {
        String json = "{\"type\":\"response.output_item.done\",\"output_index\":0,\"item\":{\"type\":\"message\","
                + "\"id\":\"msg_1\",\"content\":[{\"type\":\"output_text\",\"text\":\"Hi\"},"
                + "{\"type\":\"refusal\",\"refusal\":\"no\"}]}}";
        Items.OutputItemDone done = (Items.OutputItemDone) Items_StreamEventsCodec.INSTANCE.decode(json);
        Items.Message message = (Items.Message) done.item();
        assertEquals("Hi", ((Items.OutputText) message.content().get(0)).text());
        assertInstanceOf(UnknownItems_ContentPart.class, message.content().get(1));
        assertEquals(json, Items_StreamEventsCodec.INSTANCE.encodeToString(done));
    }

    @Test
    void aStreamOfValidUnknownAndInvalidEventsDecodesLenientlyInOrder() {
        List<String> lines = List.of(
                "{\"type\":\"response.output_text.delta\",\"delta\":\"He\"}",
                "{\"type\":\"keepalive\"}",
                "{\"type\":\"response.output_item.done\",\"item\":{\"type\":\"reasoning\",\"id\":\"rs\"}}",
                "{\"delta\":\"llo\",\"type\":\"response.output_text.delta\"}",
                "not json",
                "{\"type\":\"response.queued\",\"sequence_number\":1}");
        Items_StreamEventsVisitor<String> kind = new Items_StreamEventsVisitor<>() {
            @Override
            public String visit(Items.OutputItemDone event) {
                return "done";
            }

            @Override
            public String visit(Items.TextDelta event) {
                return "delta:" + event.delta();
            }

            @Override
            public String visitUnknown(UnknownItems_StreamEvents event) {
                return "unknown:" + event.type();
            }

            @Override
            public String visitInvalid(InvalidItems_StreamEvents event) {
                return "invalid:" + event.type();
            }
        };
        List<String> seen = new ArrayList<>();
        for (String line : lines) {
            seen.add(kind.dispatch(Items_StreamEventsCodec.INSTANCE.decodeLenient(
                    line.getBytes(StandardCharsets.UTF_8))));
        }
        assertEquals(List.of("delta:He", "unknown:keepalive", "invalid:response.output_item.done", "delta:llo",
                "invalid:null", "unknown:response.queued"), seen);
    }
}
