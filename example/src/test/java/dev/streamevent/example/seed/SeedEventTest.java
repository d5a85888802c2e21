package dev.streamevent.example.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.streamevent.runtime.JsonException;
import org.junit.jupiter.api.Test;

/** The seed interface, compiled by the real processor, on the seed example of the spec page. */
class SeedEventTest {

    private static final String SEED = "{\"type\":\"response.image_generation_call.completed\","
            + "\"item_id\":\"item-abc123\",\"output_index\":0,\"sequence_number\":4}";

    @Test
    void decodesTheSeedExample() {
        ImageGenCallCompleted event = ImageGenCallCompletedCodec.INSTANCE.decode(SEED);
        assertEquals("item-abc123", event.itemId());
        assertEquals(0, event.outputIndex());
        assertEquals(4, event.sequenceNumber());
    }

    @Test
    void encodesBackToTheSameJson() {
        ImageGenCallCompleted event = ImageGenCallCompletedCodec.INSTANCE.decode(SEED);
        assertEquals(SEED, ImageGenCallCompletedCodec.INSTANCE.encodeToString(event));
    }

    @Test
    void twoDecodesAreEqualWithEqualHashCodes() {
        ImageGenCallCompleted first = ImageGenCallCompletedCodec.INSTANCE.decode(SEED);
        ImageGenCallCompleted second = ImageGenCallCompletedCodec.INSTANCE.decode(SEED.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertNotSame(first, second);
        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
    }

    @Test
    void theBuilderBuildsAnEqualValue() {
        ImageGenCallCompleted built = ImageGenCallCompletedBuilder.builder()
                .itemId("item-abc123").outputIndex(0).sequenceNumber(4).build();
        assertEquals(ImageGenCallCompletedCodec.INSTANCE.decode(SEED), built);
        assertTrue(built.toString().contains("itemId=item-abc123"), built.toString());
        assertTrue(built.toString().contains("response.image_generation_call.completed"), built.toString());
    }

    @Test
    void aMissingPropertyIsAnErrorAtItsPath() {
        JsonException e = assertThrows(JsonException.class, () -> ImageGenCallCompletedCodec.INSTANCE.decode(
                "{\"type\":\"response.image_generation_call.completed\",\"output_index\":0,\"sequence_number\":4}"));
        assertEquals("$.item_id", e.path());
    }

    @Test
    void aWrongTypeIsAnErrorAtItsPath() {
        JsonException e = assertThrows(JsonException.class, () -> ImageGenCallCompletedCodec.INSTANCE.decode(
                SEED.replace("completed\"", "started\"")));
        assertEquals("$.type", e.path());
    }

    @Test
    void fieldsInAnyOrderAndUnknownFieldsAreFine() {
        ImageGenCallCompleted event = ImageGenCallCompletedCodec.INSTANCE.decode("{\"sequence_number\":4,"
                + "\"extra\":{\"nested\":[1,2,{\"x\":null}]},\"output_index\":0,\"item_id\":\"item-abc123\","
                + "\"type\":\"response.image_generation_call.completed\"}");
        assertEquals(ImageGenCallCompletedCodec.INSTANCE.decode(SEED), event);
    }

    @Test
    void intOverflowIsAnErrorNotAWrapAround() {
        JsonException e = assertThrows(JsonException.class, () -> ImageGenCallCompletedCodec.INSTANCE.decode(
                SEED.replace("\"output_index\":0", "\"output_index\":2147483648")));
        assertEquals("$.output_index", e.path());
    }
}
