package dev.streamevent.runtime;

import static dev.streamevent.runtime.Json.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicReference;

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
    void generatedCodecsBorrowTheThreadsReaderThroughJsonReader() {
        byte[] json = utf8("[1,2]");
        JsonReader first = JsonReader.borrow(json, 0, json.length);
        JsonReader.giveBack(first);
        JsonReader second = JsonReader.borrow(json, 0, json.length);
        assertSame(first, second);
        JsonReader nested = JsonReader.borrow(utf8("true"), 0, 4);
        assertTrue(nested != second, "a nested borrow must get its own reader");
        assertTrue(nested.readBoolean());
        JsonReader.giveBack(nested);
        assertEquals(JsonValue.parse("[1,2]"), second.readValue());
        JsonReader.giveBack(second);

        // Handing back a reader that was never lent leaves it as it was.
        JsonReader own = JsonReader.of(utf8("[3]"));
        JsonReader.giveBack(own);
        assertEquals(JsonValue.parse("[3]"), own.readValue());
        assertSame(first, JsonReader.borrow(json, 1, 1));
        JsonReader.giveBack(first);
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
    void anArrayTheCallerRefillsIsReadAsItIsNow() {
        Counts codec = new Counts();
        byte[] buffer = utf8("{\"sequence_number\":1,\"output_index\":2}");
        byte[] other = utf8("{\"sequence_number\":3,\"output_index\":4}");
        assertArrayEquals(new long[] {1, 2}, codec.decode(buffer));
        assertArrayEquals(new long[] {3, 4}, codec.decode(other));
        assertArrayEquals(new long[] {1, 2}, codec.decode(buffer));
        // The same array again, refilled: the thread's reader keeps its view of that array, never its bytes.
        for (int value = 5; value <= 8; value++) {
            byte[] next = utf8("{\"sequence_number\":" + value + ",\"output_index\":" + (value + 1) + "}");
            System.arraycopy(next, 0, buffer, 0, next.length);
            assertArrayEquals(new long[] {value, value + 1}, codec.decode(buffer));
        }
        assertArrayEquals(new long[] {3, 4}, codec.decode(other));
    }

    @Test
    void aReusedReaderFailsAsAFreshOneWould() {
        JsonCodec<JsonValue> values = Json.codec(JsonReader::readValue, JsonWriter::value);
        String longer = "[\"" + "x".repeat(900) + "\"]";
        assertEquals(JsonValue.parse(longer), values.decode(utf8(longer)));
        // Shorter than the document the thread's reader read before: it ends at its own end.
        byte[] truncated = utf8("[\"xx");
        JsonException cut = assertThrows(JsonException.class, () -> values.decode(truncated));
        JsonException fresh = assertThrows(JsonException.class, () -> JsonReader.of(truncated).readValue());
        assertEquals(fresh.getMessage(), cut.getMessage());
        assertEquals(4, cut.offset());

        // A slice: offsets count from its start, and the excerpt shows the slice.
        byte[] framed = utf8("xx[1,x]yy");
        JsonException sliced = assertThrows(JsonException.class, () -> values.decode(framed, 2, 5));
        JsonException slicedFresh = assertThrows(JsonException.class,
                () -> JsonReader.of(framed, 2, 5).readValue());
        assertEquals(slicedFresh.getMessage(), sliced.getMessage());
        assertEquals(3, sliced.offset());
        assertEquals(JsonValue.parse("[1,2]"), values.decode(utf8("xx[1,2]yy"), 2, 5));
    }

    @Test
    void aLargeArrayThatHeldASmallDocumentIsNotKeptForTheThread() throws InterruptedException {
        JsonCodec<JsonValue> values = Json.codec(JsonReader::readValue, JsonWriter::value);
        byte[] large = new byte[1 << 20];
        // A long string, so that the reader compares words and makes its view of the array.
        String text = "[\"" + "x".repeat(40) + "\"]";
        byte[] document = utf8(text);
        System.arraycopy(document, 0, large, 100, document.length);
        assertEquals(JsonValue.parse(text), values.decode(large, 100, document.length));
        assertEquals(JsonValue.parse(text), values.decode(large, 100, document.length));
        WeakReference<byte[]> kept = new WeakReference<>(large);
        large = null;
        for (int i = 0; i < 20 && kept.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(kept.get(),
                "the thread's reader kept a 1 MiB array after reading " + document.length + " bytes of it");
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

    /** What one thread borrowed: every reader and writer instance it was lent. */
    private record Borrowed(Set<JsonReader> readers, Set<JsonWriter> writers) {
        Borrowed() {
            this(Collections.newSetFromMap(new IdentityHashMap<>()),
                    Collections.newSetFromMap(new IdentityHashMap<>()));
        }

        void borrowAndGiveBack() {
            JsonReader reader = ThreadLocalCache.borrowReader(utf8("[1]"), 0, 3);
            readers.add(reader);
            ThreadLocalCache.giveBack(reader);
            JsonWriter writer = ThreadLocalCache.borrowWriter();
            writers.add(writer);
            ThreadLocalCache.giveBack(writer);
        }

        void assertOneEachAndNoneOf(Borrowed other) {
            assertEquals(1, readers.size(), "a thread must always be lent its own reader");
            assertEquals(1, writers.size(), "a thread must always be lent its own writer");
            assertTrue(Collections.disjoint(readers, other.readers), "two threads were lent the same reader");
            assertTrue(Collections.disjoint(writers, other.writers), "two threads were lent the same writer");
        }
    }

    /** {@return two unstarted threads running the tasks, whose ids fall in the same slot of the lookaside table} */
    private static Thread[] sharingASlot(Runnable first, Runnable second) {
        Thread a = new Thread(first);
        for (int tries = 0; tries < 16 * ThreadLocalCache.SLOTS; tries++) {
            Thread b = new Thread(second);
            if (((a.getId() ^ b.getId()) & (ThreadLocalCache.SLOTS - 1)) == 0) {
                return new Thread[] {a, b};
            }
        }
        throw new AssertionError("no fresh thread id shares a slot with " + a.getId());
    }

    private static void runAll(Thread... threads) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (Thread thread : threads) {
            thread.setUncaughtExceptionHandler((t, e) -> failure.compareAndSet(null, e));
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(60_000);
            assertFalse(thread.isAlive(), thread + " did not finish");
        }
        if (failure.get() != null) {
            throw new AssertionError("a thread failed", failure.get());
        }
    }

    @Test
    void aThreadIsNeverLentTheInstanceOfAnEndedThreadInItsSlot() throws InterruptedException {
        Borrowed first = new Borrowed();
        Borrowed second = new Borrowed();
        Thread[] pair = sharingASlot(() -> {
            for (int i = 0; i < 3 * ThreadLocalCache.MISSES_BEFORE_CLAIM; i++) {
                first.borrowAndGiveBack();
            }
        }, second::borrowAndGiveBack);
        // The first thread ends holding its slot and the last claim; the second then finds them on its first call.
        runAll(pair[0]);
        runAll(pair[1]);
        first.assertOneEachAndNoneOf(second);
        second.assertOneEachAndNoneOf(first);
    }

    @Test
    void threadsSharingASlotEachKeepTheirOwnInstance() throws InterruptedException {
        int rounds = 20 * ThreadLocalCache.MISSES_BEFORE_CLAIM;
        Phaser inStep = new Phaser(2);
        Borrowed first = new Borrowed();
        Borrowed second = new Borrowed();
        Thread[] pair = sharingASlot(() -> borrowInStep(first, inStep, rounds),
                () -> borrowInStep(second, inStep, rounds));
        runAll(pair);
        first.assertOneEachAndNoneOf(second);
        second.assertOneEachAndNoneOf(first);
    }

    /** Borrows in rounds that the two threads start together, so that each takes the shared slot over in turn. */
    private static void borrowInStep(Borrowed borrowed, Phaser inStep, int rounds) {
        for (int i = 0; i < rounds; i++) {
            inStep.arriveAndAwaitAdvance();
            borrowed.borrowAndGiveBack();
        }
        inStep.arriveAndDeregister();
    }

    @Test
    void concurrentCallsOnManyThreadsEachGetTheirOwnResult() throws InterruptedException {
        JsonCodec<JsonValue> values = Json.codec(JsonReader::readValue, JsonWriter::value);
        int threadCount = 2 * ThreadLocalCache.SLOTS + 3;
        Thread[] threads = new Thread[threadCount];
        for (int t = 0; t < threadCount; t++) {
            // Documents of different shapes and lengths, so that a shared reader or writer would mix them up.
            String json = "{\"thread\":" + t + ",\"text\":\"" + "x".repeat(t) + "\",\"list\":[" + t + ",\"" + t
                    + "\"]}";
            JsonValue expected = JsonValue.parse(json);
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 2_000; i++) {
                    assertEquals(expected, values.decode(json));
                    assertEquals(json, values.encodeToString(expected));
                }
            });
        }
        runAll(threads);
    }
}
