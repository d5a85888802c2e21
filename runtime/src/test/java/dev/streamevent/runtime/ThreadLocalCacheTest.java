package dev.streamevent.runtime;

import static dev.streamevent.runtime.Json.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The per-thread reader and writer behind {@link JsonCodec}'s conveniences: reused when free, never shared by a nested
 * call, usable again after a failure, and not hoarding a large buffer.
 */
class ThreadLocalCacheTest {

    /** A list of strings, each element written with a nested {@code encodeToString} as a JSON string inside a string. */
    private static final class EmbeddingCodec implements JsonCodec<List<String>> {
        private static final JsonCodec<String> STRING = Json.codec(JsonReader::readString, JsonWriter::value);

        @Override
        public List<String> read(JsonReader reader) {
            java.util.ArrayList<String> out = new java.util.ArrayList<>();
            reader.beginArray();
            while (reader.nextElement()) {
                // The element is itself a JSON document: decode it while the outer decode holds the thread's reader.
                out.add(STRING.decode(reader.readString()));
            }
            return out;
        }

        @Override
        public void write(JsonWriter writer, List<String> value) {
            writer.beginArray();
            for (String element : value) {
                writer.value(STRING.encodeToString(element));
            }
            writer.endArray();
        }
    }

    @Test
    void nestedEncodeAndDecodeDoNotShareBuffers() {
        EmbeddingCodec codec = new EmbeddingCodec();
        List<String> value = List.of("a", "b\"c", "caf\u00e9");
        String json = codec.encodeToString(value);
        assertEquals("[\"\\\"a\\\"\",\"\\\"b\\\\\\\"c\\\"\",\"\\\"caf\u00e9\\\"\"]", json);
        assertEquals(value, codec.decode(json));
        assertEquals(value, codec.decode(utf8(json)));
    }

    @Test
    void theThreadsWriterIsReusedAndSurvivesAFailure() {
        JsonWriter first = ThreadLocalCache.borrowWriter();
        ThreadLocalCache.giveBack(first);
        JsonWriter second = ThreadLocalCache.borrowWriter();
        assertSame(first, second);
        JsonWriter nested = ThreadLocalCache.borrowWriter();
        assertTrue(nested != second, "a nested borrow must get its own writer");
        ThreadLocalCache.giveBack(nested);
        ThreadLocalCache.giveBack(second);

        JsonCodec<Double> failing = Json.codec(JsonReader::readDouble, (writer, value) -> {
            writer.beginArray();
            writer.value(value.doubleValue());
            writer.endArray();
        });
        assertThrows(JsonException.class, () -> failing.encode(Double.NaN));
        assertEquals("[1.5]", failing.encodeToString(1.5));
        assertThrows(JsonException.class, () -> failing.decode("[1"));
        assertThrows(JsonException.class, () -> failing.decode("1 2"));
        assertEquals(2.5, failing.decode(" 2.5 "));
    }

    @Test
    void decodeReadsOnlyTheSliceAndAppliesTheDefaultLimits() {
        JsonCodec<JsonValue> values = Json.codec(JsonReader::readValue, JsonWriter::value);
        byte[] framed = utf8("xx[1,2]yy");
        assertEquals(JsonValue.parse("[1,2]"), values.decode(framed, 2, 5));
        JsonException deep = assertThrows(JsonException.class, () -> values.decode("[".repeat(600)));
        assertTrue(deep.reason().contains("maxDepth=512"), deep.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> values.decode(framed, 5, 10));
        // Neither failure left the thread's reader busy or pointing at old input.
        assertEquals(JsonValue.parse("{\"a\":true}"), values.decode("{\"a\":true}"));
    }

    @Test
    void aLargeBufferIsNotKeptForTheThread() {
        JsonValue big = new JsonValue.StringValue("x".repeat(1 << 20));
        assertEquals((1 << 20) + 2, big.toJsonBytes().length);
        JsonWriter writer = ThreadLocalCache.borrowWriter();
        try {
            assertTrue(writer.capacity() < (1 << 20), "kept a buffer of " + writer.capacity() + " bytes");
        } finally {
            ThreadLocalCache.giveBack(writer);
        }
    }

    /** An event-like codec that reads and writes only numbers and booleans, so that its values allocate nothing. */
    private static final class Counts implements JsonCodec<long[]> {
        private static final JsonNames NAMES = JsonNames.of("sequence_number", "output_index", "done");

        @Override
        public long[] read(JsonReader reader) {
            long[] counts = new long[2];
            reader.beginObject();
            for (int field; (field = reader.nextField(NAMES)) != JsonReader.END; ) {
                switch (field) {
                    case 0 -> counts[0] = reader.readLong();
                    case 1 -> counts[1] = reader.readInt();
                    case 2 -> reader.readBoolean();
                    default -> reader.skipValue();
                }
            }
            return counts;
        }

        @Override
        public void write(JsonWriter writer, long[] value) {
            writer.beginObject();
            writer.name(NAMES, 0);
            writer.value(value[0]);
            writer.name(NAMES, 1);
            writer.value(value[1]);
            writer.name(NAMES, 2);
            writer.value(true);
            writer.endObject();
        }
    }

    @Test
    void warmCallsAllocateOnlyWhatTheyProduce() {
        Counts codec = new Counts();
        long[] value = {123_456_789L, 2};
        byte[] json = codec.encode(value);
        int calls = 10_000;
        for (int i = 0; i < calls; i++) {
            codec.decode(codec.encode(value));
        }
        long encoding = Allocation.bytesAllocatedBy(() -> {
            for (int i = 0; i < calls; i++) {
                codec.encode(value);
            }
        });
        long decoding = Allocation.bytesAllocatedBy(() -> {
            for (int i = 0; i < calls; i++) {
                codec.decode(json);
            }
        });
        // The result array is all an encode makes (16-byte header plus the bytes, rounded up); a decode makes the
        // long[2] (32 bytes). A fresh reader or writer per call would add hundreds of bytes.
        long resultArray = 16 + ((json.length + 7) & ~7);
        assertTrue(encoding / calls <= resultArray + 8, "encode allocated " + encoding / calls + " bytes per call");
        assertTrue(decoding / calls <= 32 + 8, "decode allocated " + decoding / calls + " bytes per call");
    }

    @Test
    void decodingTextWithEscapesAllocatesOnlyTheString() {
        JsonCodec<String> strings = Json.codec(JsonReader::readString, JsonWriter::value);
        // Long ASCII runs around an escape and a non-Latin-1 char: the runs are widened by the JDK's decoder.
        String run = "The user is asking how to cross the street safely. ".repeat(3);
        String text = run + "\n" + run + "\u2019" + run;
        byte[] json = strings.encode(text);
        int calls = 10_000;
        for (int i = 0; i < calls; i++) {
            assertEquals(text, strings.decode(json));
        }
        long decoding = Allocation.bytesAllocatedBy(() -> {
            for (int i = 0; i < calls; i++) {
                strings.decode(json);
            }
        });
        // A UTF-16 String: a 24-byte object and its array (16-byte header, two bytes a char, rounded up to 8). Made
        // from chars, the JDK first tries a Latin-1 array of one byte a char, and drops it at the first wide char.
        long string = 24 + 16 + ((text.length() * 2L + 7) & ~7);
        long latin1Attempt = 16 + ((text.length() + 7) & ~7);
        assertTrue(decoding / calls <= string + latin1Attempt + 16, "decode allocated " + decoding / calls
                + " bytes per call; the string takes " + string + " and the JDK's Latin-1 attempt " + latin1Attempt);
    }
}
