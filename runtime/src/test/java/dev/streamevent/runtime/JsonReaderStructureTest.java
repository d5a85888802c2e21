package dev.streamevent.runtime;

import static dev.streamevent.runtime.Json.failure;
import static dev.streamevent.runtime.Json.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Objects, arrays, literals, skipping, raw capture, trees, marks, and reading from a stream. */
class JsonReaderStructureTest {

    private static final String EVERY_SHAPE = "{\"s\":\"t\\u00e9\\n\",\"n\":-1.5e3,\"t\":true,\"f\":false,\"z\":null,"
            + "\"a\":[1,[],{},[{\"x\":[null]}]],\"o\":{\"\":{\"\\\"\":\"\"}}}";

    @Test
    void literalsAndPeek() {
        JsonReader reader = JsonReader.of(utf8(" [ true , false , null , \"s\" , 1 , {} , [] ] "));
        assertEquals(JsonToken.ARRAY, reader.peek());
        reader.beginArray();
        assertTrue(reader.nextElement());
        assertEquals(JsonToken.TRUE, reader.peek());
        assertTrue(reader.readBoolean());
        reader.nextElement();
        assertEquals(JsonToken.FALSE, reader.peek());
        assertFalse(reader.readBoolean());
        reader.nextElement();
        assertEquals(JsonToken.NULL, reader.peek());
        assertTrue(reader.tryReadNull());
        reader.nextElement();
        assertEquals(JsonToken.STRING, reader.peek());
        assertFalse(reader.tryReadNull());
        reader.skipValue();
        reader.nextElement();
        assertEquals(JsonToken.NUMBER, reader.peek());
        reader.skipValue();
        reader.nextElement();
        assertEquals(JsonToken.OBJECT, reader.peek());
        reader.skipValue();
        reader.nextElement();
        assertEquals(JsonToken.ARRAY, reader.peek());
        reader.skipValue();
        assertFalse(reader.nextElement());
        reader.endOfDocument();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tru", "nul", "fals", "trUe", "nulll", "True", "NULL"})
    void brokenLiteralsAreRejected(String json) {
        failure(json, reader -> {
            reader.skipValue();
            reader.endOfDocument();
        });
        assertThrows(JsonException.class, () -> JsonValue.parse(json));
    }

    /**
     * readBoolean and tryReadNull check a literal's bytes in place, bounded by the end of the input: each literal is
     * read alone (so it ends the input), after whitespace, and with a byte after it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"%s", " \n\t\r%s", "%s ", "[%s]", "[%s,1]"})
    void literalsReadWhereverTheyStand(String shape) {
        for (String literal : List.of("true", "false", "null")) {
            byte[] json = utf8(String.format(shape, literal));
            JsonReader reader = JsonReader.of(json);
            boolean inArray = shape.startsWith("[");
            if (inArray) {
                reader.beginArray();
                assertTrue(reader.nextElement());
            }
            if (literal.equals("null")) {
                assertTrue(reader.tryReadNull(), literal);
            } else {
                assertFalse(reader.tryReadNull(), literal);
                assertEquals(Boolean.parseBoolean(literal), reader.readBoolean(), literal);
            }
            if (inArray) {
                if (shape.contains(",")) {
                    assertTrue(reader.nextElement());
                    assertEquals(1, reader.readInt());
                }
                assertFalse(reader.nextElement());
            }
            reader.endOfDocument();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tru", "trUe", "True", "tru ", "fals", "falsE", "fa", "f", "t", "[truE]", "[fals]", "x"})
    void brokenBooleansAreRejectedWithTheirOffset(String json) {
        JsonException e = literalFailure(json, JsonReader::readBoolean);
        assertTrue(e.reason().contains("true") || e.reason().contains("false") || e.reason().contains("boolean"),
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul", "nulL", "nUll", "n", "nu", "nul ", "[nul]", "[nulx,1]"})
    void brokenNullsAreRejectedWithTheirOffset(String json) {
        JsonException e = literalFailure(json, JsonReader::tryReadNull);
        assertTrue(e.reason().contains("null"), e.getMessage());
    }

    /** Reads a broken literal, alone or as an array's first element, and checks that the error points into it. */
    private static JsonException literalFailure(String json, Consumer<JsonReader> read) {
        boolean inArray = json.startsWith("[");
        JsonException e = failure(json, reader -> {
            if (inArray) {
                reader.beginArray();
                reader.nextElement();
            }
            read.accept(reader);
        });
        long literalStart = inArray ? 1 : 0;
        assertTrue(e.offset() >= literalStart && e.offset() <= json.length(), e.getMessage());
        return e;
    }

    @Test
    void skipValueSkipsEveryShapeExactly() {
        JsonReader reader = JsonReader.of(utf8("[" + EVERY_SHAPE + "," + EVERY_SHAPE + ",7]"));
        reader.beginArray();
        reader.nextElement();
        reader.skipValue();
        reader.nextElement();
        reader.skipValue();
        reader.nextElement();
        assertEquals(7, reader.readInt());
        assertFalse(reader.nextElement());
        reader.endOfDocument();
    }

    @Test
    void readRawValueCapturesTheExactBytes() {
        JsonReader reader = JsonReader.of(utf8("{\"keep\": " + EVERY_SHAPE + " , \"n\" :  -0.50 }"));
        reader.beginObject();
        reader.nextField();
        assertArrayEquals(utf8(EVERY_SHAPE), reader.readRawValue());
        reader.nextField();
        assertArrayEquals(utf8("-0.50"), reader.readRawValue());
        assertFalse(reader.nextField());
        reader.endOfDocument();
    }

    @Test
    void readValueKeepsOrderAndLiteralsAndTheLastDuplicate() {
        JsonValue value = JsonValue.parse("{\"b\":1,\"a\":[1.50,2e3],\"b\":{\"z\":null,\"y\":true},\"c\":\"x\"}");
        JsonValue.ObjectValue object = (JsonValue.ObjectValue) value;
        assertEquals(List.of("b", "a", "c"), List.copyOf(object.members().keySet()));
        assertEquals(JsonValue.parse("{\"z\":null,\"y\":true}"), object.get("b"));
        assertEquals(List.of("z", "y"), List.copyOf(((JsonValue.ObjectValue) object.get("b")).members().keySet()));
        assertEquals("[1.50,2e3]", object.get("a").toJson());
        assertEquals("{\"b\":{\"z\":null,\"y\":true},\"a\":[1.50,2e3],\"c\":\"x\"}", value.toJson());
    }

    @Test
    void currentNameAndHints() {
        JsonNames names = JsonNames.of("type", "id", "index");
        // The second object's members come in another order, one after whitespace, and one is not in the table.
        JsonReader reader = JsonReader.of(
                utf8("[{\"type\":1,\"id\":2,\"index\":3},{\"index\":4, \"type\" :5,\"x\\ny\":6}]"));
        reader.beginArray();
        StringBuilder seen = new StringBuilder();
        while (reader.nextElement()) {
            reader.beginObject();
            for (int field; (field = reader.nextField(names)) != JsonReader.END; ) {
                seen.append(field).append('=').append(reader.currentName()).append(':').append(reader.readInt()).append(' ');
            }
        }
        reader.endOfDocument();
        assertEquals("0=type:1 1=id:2 2=index:3 2=index:4 0=type:5 -1=x\ny:6 ", seen.toString());
    }

    @Test
    void structuralMistakesAreRejected() {
        for (String json : new String[] {"{\"a\" 1}", "{\"a\":1,}", "[1,]", "[1 2]", "{,}", "{\"a\":1 \"b\":2}", "{1:2}",
            "[", "{", "{\"a\":", "[1", "]", "}", "", " ", "[1]]", "{}{}", "[1]x", "{'a':1}"}) {
            failure(json, reader -> {
                reader.skipValue();
                reader.endOfDocument();
            });
            failure(json, reader -> JsonValue.parse(utf8(json)));
        }
    }

    /**
     * An object's separators, through the generated readers' {@code nextField(names)} (whose guess covers the names
     * "a" and "b" here) and through a tree's reader, each with its reason and byte offset.
     */
    static Stream<Arguments> brokenSeparators() {
        return Stream.of(
                Arguments.of("{,\"a\":1}", 1, "expected a member name or '}' but found ','"),
                Arguments.of("{\"a\":1 \"b\":2}", 7, "expected ',' or '}' but found '\"'"),
                Arguments.of("{\"a\":1,}", 7, "expected a member name but found '}'"),
                Arguments.of("{\"a\":1,,\"b\":2}", 7, "expected a member name but found ','"),
                Arguments.of("{\"x\":1 \"b\":2}", 7, "expected ',' or '}' but found '\"'"),
                Arguments.of("{", 1, "unexpected end of input inside an object, expected a name or '}'"),
                Arguments.of("{\"a\":1", 6, "unexpected end of input inside an object, expected ',' or '}'"),
                Arguments.of("{\"a\":1,", 7, "unexpected end of input, expected a member name"));
    }

    @ParameterizedTest
    @MethodSource("brokenSeparators")
    void separatorsOfObjectsAreCheckedOnEveryPath(String json, long offset, String reason) {
        JsonNames names = JsonNames.of("a", "b");
        Consumer<JsonReader> generated = reader -> {
            reader.beginObject();
            while (reader.nextField(names) != JsonReader.END) {
                reader.skipValue();
            }
        };
        for (Consumer<JsonReader> path : List.<Consumer<JsonReader>>of(generated, JsonReader::readValue)) {
            JsonException e = failure(json, path);
            assertEquals(reason, e.reason(), json);
            assertEquals(offset, e.offset(), json);
        }
    }

    /**
     * The learned guess is tried before anything else, so it must check by itself that an object is open: here the
     * input after the reader's position spells the guessed member exactly.
     */
    @Test
    void aLearnedGuessOutsideAnObjectIsAnIllegalState() {
        JsonReader inArray = JsonReader.of(utf8("[1,\"item_id\":2]"));
        inArray.beginArray();
        inArray.nextElement();
        inArray.readInt();
        // A new table guesses its first member first.
        assertThrows(IllegalStateException.class, () -> inArray.nextField(JsonNames.of("item_id")));
        // At the top level, whichever member the table guesses there.
        for (JsonNames names : List.of(JsonNames.of("item_id", "x"), JsonNames.of("x", "item_id"))) {
            JsonReader atTopLevel = JsonReader.of(utf8("\"item_id\":2"));
            assertThrows(IllegalStateException.class, () -> atTopLevel.nextField(names));
        }
    }

    /**
     * The innermost container's state lives in fields that opening a container saves and closing it restores: an
     * array's count, which a path shows as the index, must come back after nested containers of both kinds.
     */
    @Test
    void anElementAfterNestedContainersHasItsOwnIndexInThePath() {
        JsonException e = failure("[[0],{\"a\":[1]},[2],true]", reader -> {
            reader.beginArray();
            for (int skipped = 0; skipped < 3; skipped++) {
                reader.nextElement();
                reader.skipValue();
            }
            reader.nextElement();
            reader.readInt();
        });
        assertEquals("$[3]", e.path());
    }

    /**
     * What a table learns comes from the previous member of the same object, even when a nested object came between:
     * here "c" follows "b", whose value is an object read with a table of its own, which ends on its member 0.
     */
    @Test
    void anObjectLearnsItsOrderAcrossANestedObject() {
        JsonNames outer = JsonNames.of("a", "b", "c");
        JsonNames inner = JsonNames.of("x", "y");
        JsonReader reader = JsonReader.of(utf8("{\"a\":1,\"b\":{\"y\":2,\"x\":3},\"c\":4}"));
        reader.beginObject();
        int field;
        while ((field = reader.nextField(outer)) != JsonReader.END) {
            if (field == 1) {
                reader.beginObject();
                while (reader.nextField(inner) != JsonReader.END) {
                    reader.readInt();
                }
            } else {
                reader.readInt();
            }
        }
        reader.endOfDocument();
        assertEquals(1, outer.guessAfter(0).index);
        assertEquals(2, outer.guessAfter(1).index);
    }

    /**
     * A reader kept for reuse may have failed inside an object. The next document starts at the root, where a
     * learned guess must not find an object open, even though the next bytes spell the guessed member.
     */
    @Test
    void aReusedReaderStartsAtTheRootAfterAFailureInsideAnObject() {
        JsonNames names = JsonNames.of("a");
        JsonReader reader = JsonReader.of(utf8("{"));
        reader.beginObject();
        assertThrows(JsonException.class, () -> reader.nextField(names));
        byte[] next = utf8("\"a\":1");
        reader.reuse(next, 0, next.length, JsonLimits.DEFAULT);
        assertThrows(IllegalStateException.class, () -> reader.nextField(names));
    }

    @Test
    void aByteOrderMarkIsRejectedWithAClearReason() {
        JsonException e = failure(Json.bytes("<ef><bb><bf>{}"), JsonReader::skipValue);
        assertTrue(e.reason().contains("byte order mark"), e.getMessage());
        assertEquals(0, e.offset());
    }

    @Test
    void markAndResetReadAnObjectTwice() {
        JsonReader reader = JsonReader.of(utf8("[{\"x\":1,\"type\":\"b\"},2]"));
        reader.beginArray();
        reader.nextElement();
        long mark = reader.mark();
        reader.beginObject();
        reader.nextField();
        reader.skipValue();
        reader.nextField();
        assertEquals("b", reader.readString());
        reader.reset(mark);
        assertEquals("{\"x\":1,\"type\":\"b\"}", new String(reader.readRawValue(), StandardCharsets.UTF_8));
        reader.reset(mark);
        reader.skipValue();
        assertTrue(reader.nextElement());
        assertEquals(2, reader.readInt());
        assertFalse(reader.nextElement());
        reader.endOfDocument();
    }

    @Test
    void resetToAMarkTheReaderMovedPastIsRefused() {
        JsonReader reader = JsonReader.of(utf8("[{\"a\":1},{\"b\":2},[3]]"));
        reader.beginArray();
        reader.nextElement();
        long first = reader.mark();
        reader.skipValue();
        reader.nextElement();
        // The array has moved on to its second element: going back would leave its count wrong.
        assertThrows(IllegalStateException.class, () -> reader.reset(first));

        JsonReader inObject = JsonReader.of(utf8("{\"a\":{\"x\":1},\"b\":[]}"));
        inObject.beginObject();
        long beforeFirstName = inObject.mark();
        inObject.nextField();
        inObject.beginObject();
        long insideA = inObject.mark();
        inObject.nextField();
        inObject.skipValue();
        inObject.nextField();
        inObject.nextField();
        inObject.beginArray();
        // "a" is closed and "b" opened at the same depth: insideA belongs to a container that is gone.
        assertThrows(IllegalStateException.class, () -> inObject.reset(insideA));
        assertThrows(IllegalStateException.class, () -> inObject.reset(beforeFirstName));
    }

    @Test
    void readsAWholeStream() {
        byte[] json = utf8("{\"a\":[" + "1,".repeat(10_000) + "2]}");
        JsonReader reader = JsonReader.of(new ByteArrayInputStream(json));
        assertEquals(JsonValue.parse(json), reader.readValue());
        reader.endOfDocument();
    }

    @Test
    void aStreamLargerThanTheLimitFailsWithoutReadingItAll() {
        int[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                served[0] += len;
                return len;
            }
        };
        JsonException e = assertThrows(JsonException.class,
                () -> JsonReader.of(endless, JsonLimits.DEFAULT.withMaxDocumentSize(100_000)));
        assertTrue(e.reason().contains("maxDocumentSize=100000"), e.getMessage());
        assertEquals(100_000, e.offset());
        assertTrue(served[0] < 300_000, "read " + served[0] + " bytes");
        // A document of exactly the limit is fine, also when the limit is the largest int.
        assertEquals(JsonValue.parse("[]"),
                JsonReader.of(new ByteArrayInputStream(utf8("[]")), JsonLimits.DEFAULT.withMaxDocumentSize(2)).readValue());
        assertEquals(JsonValue.parse("[]"), JsonReader.of(new ByteArrayInputStream(utf8("[]")),
                JsonLimits.DEFAULT.withMaxDocumentSize(Integer.MAX_VALUE)).readValue());
    }

    @Test
    void aFailingStreamIsAnUncheckedIoException() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThrows(UncheckedIOException.class, () -> JsonReader.of(broken));
    }

    @Test
    void objectValuesAreImmutableCopies() {
        Map<String, JsonValue> members = new java.util.LinkedHashMap<>();
        members.put("a", JsonValue.NullValue.INSTANCE);
        JsonValue.ObjectValue object = new JsonValue.ObjectValue(members);
        members.put("b", JsonValue.BooleanValue.TRUE);
        assertEquals(1, object.members().size());
        assertThrows(UnsupportedOperationException.class, () -> object.members().put("c", JsonValue.NullValue.INSTANCE));
        members.put("c", null);
        assertThrows(NullPointerException.class, () -> new JsonValue.ObjectValue(members));
        java.util.List<JsonValue> elements = new java.util.ArrayList<>();
        elements.add(null);
        assertThrows(NullPointerException.class, () -> new JsonValue.ArrayValue(elements));
    }
}
