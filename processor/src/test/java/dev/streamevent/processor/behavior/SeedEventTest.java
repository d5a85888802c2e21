package dev.streamevent.processor.behavior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.streamevent.processor.fixtures.ImageGenCallCompleted;
import dev.streamevent.processor.fixtures.ImageGenCallCompletedBuilder;
import dev.streamevent.processor.fixtures.ImageGenCallCompletedCodec;
import dev.streamevent.runtime.JsonException;
import dev.streamevent.runtime.JsonReader;
import org.junit.jupiter.api.Test;

/** Issue 3's seed event, end to end through the generated code. */
class SeedEventTest {
    private static final String SEED = "{\"type\":\"response.image_generation_call.completed\","
            + "\"item_id\":\"item-abc123\",\"output_index\":0,\"sequence_number\":4}";
    private static final ImageGenCallCompletedCodec CODEC = ImageGenCallCompletedCodec.INSTANCE;

    @Test
    void decodesTheSeed() {
        ImageGenCallCompleted event = CODEC.decode(SEED);
        assertEquals("item-abc123", event.itemId());
        assertEquals(0, event.outputIndex());
        assertEquals(4, event.sequenceNumber());
        assertEquals("response.image_generation_call.completed", event.type());
    }

    @Test
    void encodesBackToTheSameJson() {
        assertEquals(SEED, CODEC.encodeToString(CODEC.decode(SEED)));
    }

    @Test
    void twoDecodesAreEqualWithEqualHashCodes() {
        ImageGenCallCompleted first = CODEC.decode(SEED);
        ImageGenCallCompleted second = CODEC.decode(SEED.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
        assertNotEquals(first, ImageGenCallCompletedBuilder.from(first).sequenceNumber(5).build());
    }

    @Test
    void toStringShowsTheTypeAndEveryProperty() {
        assertEquals("ImageGenCallCompleted{type=response.image_generation_call.completed, itemId=item-abc123,"
                + " outputIndex=0, sequenceNumber=4}", CODEC.decode(SEED).toString());
    }

    @Test
    void builderBuildsTheSameValue() {
        ImageGenCallCompleted built = ImageGenCallCompletedBuilder.builder()
                .itemId("item-abc123").outputIndex(0).sequenceNumber(4).build();
        assertEquals(CODEC.decode(SEED), built);
        assertEquals(SEED, CODEC.encodeToString(built));
    }

    @Test
    void builderNamesEveryMissingRequiredProperty() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ImageGenCallCompletedBuilder.builder().outputIndex(1).build());
        assertEquals("Cannot build ImageGenCallCompleted, missing required properties: itemId, sequenceNumber",
                e.getMessage());
    }

    @Test
    void builderRejectsNullForARequiredProperty() {
        assertThrows(NullPointerException.class, () -> ImageGenCallCompletedBuilder.builder().itemId(null));
    }

    @Test
    void acceptsMembersInAnyOrderAndSkipsUnknownOnes() {
        String shuffled = "{\"sequence_number\":4,\"extra\":{\"a\":[1,2,{\"b\":null}]},\"output_index\":0,"
                + "\"item_id\":\"item-abc123\",\"type\":\"response.image_generation_call.completed\",\"z\":true}";
        assertEquals(CODEC.decode(SEED), CODEC.decode(shuffled));
    }

    @Test
    void missingRequiredPropertyNamesItsPath() {
        JsonException e = assertThrows(JsonException.class, () -> CODEC.decode(
                "{\"type\":\"response.image_generation_call.completed\",\"output_index\":0,\"sequence_number\":4}"));
        assertEquals("$.item_id", e.path());
        assertTrue(e.getMessage().contains("item_id"), e.getMessage());
    }

    @Test
    void wrongTypeValueIsAnErrorAtType() {
        JsonException e = assertThrows(JsonException.class, () -> CODEC.decode(SEED.replace("completed", "started")));
        assertEquals("$.type", e.path());
        assertTrue(e.getMessage().contains("response.image_generation_call.completed"), e.getMessage());
    }

    @Test
    void missingTypeIsAnError() {
        JsonException e = assertThrows(JsonException.class,
                () -> CODEC.decode("{\"item_id\":\"i\",\"output_index\":0,\"sequence_number\":4}"));
        assertEquals("$.type", e.path());
    }

    @Test
    void intOverflowIsAnError() {
        assertThrows(JsonException.class, () -> CODEC.decode(SEED.replace("\"output_index\":0",
                "\"output_index\":2147483648")));
    }

    @Test
    void declaredMemberTwiceIsAnError() {
        JsonException e = assertThrows(JsonException.class, () -> CODEC.decode(SEED.replace("}",
                ",\"output_index\":1}")));
        assertTrue(e.getMessage().contains("output_index"), e.getMessage());
    }

    @Test
    void typeTwiceIsAnError() {
        assertThrows(JsonException.class, () -> CODEC.decode(SEED.replace("}",
                ",\"type\":\"response.image_generation_call.completed\"}")));
    }

    @Test
    void trailingGarbageIsAnError() {
        assertThrows(JsonException.class, () -> CODEC.decode(SEED + "x"));
    }

    @Test
    void decodeHandsTheThreadsReaderBackEvenWhenItFails() {
        JsonReader threads = threadsReader();
        assertEquals(4, CODEC.decode(SEED).sequenceNumber());
        assertSame(threads, threadsReader(), "a decode kept the thread's reader");
        assertThrows(JsonException.class, () -> CODEC.decode(SEED + "x"));
        assertThrows(JsonException.class, () -> CODEC.decode(SEED.replace("4}", "true}")));
        assertSame(threads, threadsReader(), "a failed decode kept the thread's reader");
    }

    /** The reader the thread lends when it is free; a reader still lent makes the next borrow get a fresh one. */
    private static JsonReader threadsReader() {
        JsonReader reader = JsonReader.borrow(new byte[] {'0'}, 0, 1);
        JsonReader.giveBack(reader);
        return reader;
    }
}
