package dev.streamevent.runtime;

import static dev.streamevent.runtime.Json.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import java.util.OptionalLong;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Optional numbers read by the reader: the same values as OptionalInt.of, shared instances when small. */
class SmallOptionalsTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 7, 1023, 1024, -1, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void optionalIntsHoldTheValueReadAndShareSmallOnes(long value) {
        OptionalInt read = JsonReader.of(utf8(Long.toString(value))).readOptionalInt();
        assertEquals(OptionalInt.of((int) value), read);
        if (value >= 0 && value < SmallOptionals.SIZE) {
            assertSame(read, JsonReader.of(utf8(Long.toString(value))).readOptionalInt());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 5, 1023, 1024, -3, Long.MAX_VALUE, Long.MIN_VALUE})
    void optionalLongsHoldTheValueReadAndShareSmallOnes(long value) {
        OptionalLong read = JsonReader.of(utf8(Long.toString(value))).readOptionalLong();
        assertEquals(OptionalLong.of(value), read);
        if (value >= 0 && value < SmallOptionals.SIZE) {
            assertSame(read, JsonReader.of(utf8(Long.toString(value))).readOptionalLong());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483648", "1.5", "\"1\"", "null"})
    void whatReadIntRejectsReadOptionalIntRejects(String json) {
        assertThrows(JsonException.class, () -> JsonReader.of(utf8(json)).readOptionalInt());
    }
}
