package dev.streamevent.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Test;

/**
 * The property: any {@link JsonValue} survives write → parse unchanged, and reading it back by skipping or by raw
 * capture consumes exactly what was written. Values come from {@link RandomJsonValues}.
 */
class JsonValueRoundTripTest {

    static final int SEEDED_CASES = 20_000;

    @Test
    void seededValuesRoundTrip() {
        RandomJsonValues.Choices random = RandomJsonValues.from(new Random(8259));
        for (int i = 0; i < SEEDED_CASES; i++) {
            assertRoundTrips(RandomJsonValues.value(random, 1 + i % 5));
        }
    }

    /** Guided by Jazzer's coverage when fuzzing; in a plain test run it replays the seeds. */
    @FuzzTest(maxDuration = "10m")
    void fuzzedValuesRoundTrip(FuzzedDataProvider data) {
        assertRoundTrips(RandomJsonValues.value(RandomJsonValues.from(data), 6));
    }

    static void assertRoundTrips(JsonValue value) {
        byte[] json = value.toJsonBytes();
        JsonValue parsed = JsonValue.parse(json);
        assertEquals(value, parsed, () -> value.toJson());
        assertEquals(value.hashCode(), parsed.hashCode());
        // Literals and order are kept, so the second write is byte for byte the first.
        assertArrayEquals(json, parsed.toJsonBytes());

        JsonReader raw = JsonReader.of(json);
        assertArrayEquals(json, raw.readRawValue());
        raw.endOfDocument();

        // Inside a container, skipping it lands exactly on what follows.
        JsonWriter wrapped = JsonWriter.create();
        wrapped.beginArray();
        wrapped.value(value);
        wrapped.value(7);
        wrapped.endArray();
        JsonReader skipping = JsonReader.of(wrapped.toByteArray());
        skipping.beginArray();
        skipping.nextElement();
        skipping.skipValue();
        skipping.nextElement();
        assertEquals(7, skipping.readInt());
        skipping.nextElement();
        skipping.endOfDocument();
    }
}
