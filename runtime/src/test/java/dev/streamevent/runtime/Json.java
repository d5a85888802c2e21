package dev.streamevent.runtime;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/** Small helpers shared by the JSON tests: building inputs and expecting failures. */
final class Json {

    private Json() {
    }

    /**
     * @param text JSON text
     * @return its UTF-8 bytes
     */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param bytes some bytes
     * @param at where eight of them start
     * @return those eight as a little-endian word, the way the reader loads them
     */
    static long word(byte[] bytes, int at) {
        long word = 0;
        for (int i = 7; i >= 0; i--) {
            word = word << 8 | (bytes[at + i] & 0xFF);
        }
        return word;
    }

    /**
     * Builds an input from ASCII text with {@code <xx>} hex bytes in it, for invalid UTF-8: {@code "\"a<c3>\""}.
     *
     * @param template the text, with hex bytes in angle brackets
     * @return the bytes
     */
    static byte[] bytes(String template) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '<') {
                int close = template.indexOf('>', i);
                hex.append(template, i + 1, close);
                i = close;
            } else {
                hex.append(String.format("%02x", (int) c));
            }
        }
        return HexFormat.of().parseHex(hex);
    }

    /**
     * @param json the input
     * @param action what to do with a reader over it
     * @return the {@link JsonException} the action must throw
     */
    static JsonException failure(byte[] json, Consumer<JsonReader> action) {
        return assertThrows(JsonException.class, () -> action.accept(JsonReader.of(json)));
    }

    /**
     * @param json the input text
     * @param action what to do with a reader over it
     * @return the {@link JsonException} the action must throw
     */
    static JsonException failure(String json, Consumer<JsonReader> action) {
        return failure(utf8(json), action);
    }

    /**
     * Reads a whole document as one string value.
     *
     * @param json the document
     * @return the string
     */
    static String readWholeString(byte[] json) {
        JsonReader reader = JsonReader.of(json);
        String value = reader.readString();
        reader.endOfDocument();
        return value;
    }

    /**
     * A codec made of two functions, for tests that need a small hand-written one.
     *
     * @param read how to read a value
     * @param write how to write one
     * @param <T> the value type
     * @return the codec
     */
    static <T> JsonCodec<T> codec(Function<JsonReader, T> read, BiConsumer<JsonWriter, T> write) {
        return new JsonCodec<>() {
            @Override
            public T read(JsonReader reader) {
                return read.apply(reader);
            }

            @Override
            public void write(JsonWriter writer, T value) {
                write.accept(writer, value);
            }
        };
    }
}
