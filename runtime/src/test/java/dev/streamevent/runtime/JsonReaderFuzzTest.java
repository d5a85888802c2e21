package dev.streamevent.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Arbitrary bytes into every way of reading. The only exception allowed out is {@link JsonException}; anything else
 * (an index error, a stack overflow, an assertion below) is a finding. Each method also checks that the ways of
 * reading agree with each other. Under plain {@code mvn test} the seeds in {@code JsonReaderFuzzTestInputs/} replay.
 */
class JsonReaderFuzzTest {

    private static final JsonNames NAMES = JsonNames.of("type", "id", "text", "index", "content");
    private static final JsonNames TYPES = JsonNames.of("message", "output_text", "function_call");

    /** Whether JsonValue.parse accepts the input; the reference that the other ways must agree with. */
    private static boolean parses(byte[] data) {
        try {
            JsonValue.parse(data);
            return true;
        } catch (JsonException e) {
            return false;
        }
    }

    @FuzzTest(maxDuration = "10m")
    void parse(byte[] data) {
        JsonValue value;
        try {
            value = JsonValue.parse(data);
        } catch (JsonException e) {
            return;
        }
        JsonValueRoundTripTest.assertRoundTrips(value);
    }

    @FuzzTest(maxDuration = "10m")
    void skipValue(byte[] data) {
        boolean skipped;
        try {
            JsonReader reader = JsonReader.of(data);
            reader.skipValue();
            reader.endOfDocument();
            skipped = true;
        } catch (JsonException e) {
            skipped = false;
        }
        assertEquals(parses(data), skipped, "skipValue and JsonValue.parse disagree");
    }

    @FuzzTest(maxDuration = "10m")
    void readRawValue(byte[] data) {
        byte[] raw;
        try {
            JsonReader reader = JsonReader.of(data);
            raw = reader.readRawValue();
            reader.endOfDocument();
        } catch (JsonException e) {
            assertEquals(false, parses(data), "readRawValue rejected what JsonValue.parse accepts");
            return;
        }
        // The capture is the document without its surrounding whitespace, and parses to the same value.
        int from = 0;
        while (isWhitespace(data[from])) {
            from++;
        }
        int to = data.length;
        while (isWhitespace(data[to - 1])) {
            to--;
        }
        assertArrayEquals(Arrays.copyOfRange(data, from, to), raw);
        assertEquals(JsonValue.parse(data), JsonValue.parse(raw));
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    /** Drives the reader the way generated codecs and the family dispatcher do. */
    @FuzzTest(maxDuration = "10m")
    void codecLoop(byte[] data) {
        try {
            JsonReader reader = JsonReader.of(data);
            readLikeAGeneratedCodec(reader, 0);
            reader.endOfDocument();
        } catch (JsonException e) {
            // Malformed input or a type mismatch: the expected outcome for most inputs.
        }
    }

    private static void readLikeAGeneratedCodec(JsonReader reader, int depth) {
        JsonToken token = reader.peek();
        if (token != JsonToken.OBJECT) {
            if (token == JsonToken.ARRAY && depth < 64) {
                reader.beginArray();
                while (reader.nextElement()) {
                    readLikeAGeneratedCodec(reader, depth + 1);
                }
            } else {
                reader.skipValue();
            }
            return;
        }
        // Look ahead for the discriminator, as AbstractFamilyCodec does, then read the object from the start.
        long mark = reader.mark();
        reader.beginObject();
        for (int field; (field = reader.nextField(NAMES)) != JsonReader.END; ) {
            if (field == 0) {
                if (reader.readStringIndex(TYPES) == JsonReader.UNKNOWN) {
                    reader.lastString();
                }
                break;
            }
            reader.skipValue();
        }
        reader.reset(mark);
        reader.beginObject();
        boolean[] seen = new boolean[NAMES.size()];
        for (int field; (field = reader.nextField(NAMES)) != JsonReader.END; ) {
            if (field >= 0 && seen[field]) {
                throw reader.duplicateProperty();
            }
            if (field >= 0) {
                seen[field] = true;
            }
            switch (field) {
                case 0, 2 -> reader.readString();
                case 1 -> reader.readRawValue();
                case 3 -> reader.readLong();
                case 4 -> readLikeAGeneratedCodec(reader, depth + 1);
                default -> reader.readValue();
            }
        }
        if (!seen[1]) {
            throw reader.missingProperty("id");
        }
    }
}
