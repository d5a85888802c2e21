package dev.streamevent.runtime;

import static dev.streamevent.runtime.Json.failure;
import static dev.streamevent.runtime.Json.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Errors a person can act on: offset, line, column, path and excerpt, all pointing at the failure. */
class JsonErrorTest {

    /** Reads a document as a generated codec would: every member by name, recursing into containers. */
    private static void readLikeACodec(JsonReader reader) {
        switch (reader.peek()) {
            case OBJECT -> {
                reader.beginObject();
                while (reader.nextField()) {
                    readLikeACodec(reader);
                }
            }
            case ARRAY -> {
                reader.beginArray();
                while (reader.nextElement()) {
                    readLikeACodec(reader);
                }
            }
            case STRING -> reader.readString();
            case NUMBER -> reader.readDouble();
            default -> reader.skipValue();
        }
    }

    @Test
    void everyFieldPointsAtTheFailure() {
        String json = "{\n  \"response\": {\n    \"output\": [1, 2, {\"content\": [{\"text\": tru}]}]\n  }\n}";
        JsonException e = failure(json, JsonErrorTest::readLikeACodec);
        int offset = json.indexOf("tru}") + 3; // the byte that broke the literal
        assertEquals(offset, e.offset());
        assertEquals(3, e.line());
        assertEquals(offset - json.indexOf("    \"output\"") + 1, e.column());
        assertEquals("$.response.output[2].content[0].text", e.path());
        assertTrue(e.excerpt().endsWith("\"text\": tru>>>}]}]\\n  }\\n}"), e.excerpt());
        assertEquals(e.reason() + " at " + e.path() + " (line 3, column " + e.column() + ", byte offset " + offset + "): "
                + e.excerpt(), e.getMessage());
        assertTrue(e.reason().startsWith("expected 'true' but found '}'"), e.reason());
    }

    @Test
    void theSameFailureThroughSkipAndTreeHasTheSamePlace() {
        String json = "{\"a\":[{\"b\":[0,1,{\"c\":[true,x]}]}]}";
        JsonException read = failure(json, JsonErrorTest::readLikeACodec);
        JsonException skipped = failure(json, JsonReader::skipValue);
        JsonException tree = assertThrows(JsonException.class, () -> JsonValue.parse(json));
        for (JsonException e : new JsonException[] {read, skipped, tree}) {
            assertEquals(json.indexOf('x'), e.offset());
            assertEquals("$.a[0].b[2].c[1]", e.path());
        }
    }

    @Test
    void namesThatAreNotIdentifiersAreQuotedInPaths() {
        String json = "{\"a b\":{\"it's\":{\"\":{\"x\\ny\":{\"back\\\\slash\":[0,{\"ok_1\":{\"$id\":{\"9\":{\"\u00e9\":nul}}}}]}}}}}";
        JsonException e = failure(json, JsonErrorTest::readLikeACodec);
        assertEquals("$['a b']['it\\'s']['']['x\\u000Ay']['back\\\\slash'][1].ok_1.$id['9']['\u00e9']", e.path());
    }

    @Test
    void endOfInputIsReportedAtTheEnd() {
        String json = "{\"a\":[1,2";
        JsonException e = failure(json, JsonReader::skipValue);
        assertEquals(json.length(), e.offset());
        assertTrue(e.reason().contains("end of input"), e.reason());
        assertTrue(e.excerpt().endsWith("[1,2>>>"), e.excerpt());
    }

    @Test
    void missingAndDuplicatePropertiesCarryTheMembersPath() {
        JsonNames names = JsonNames.of("id", "text");
        JsonReader reader = JsonReader.of(utf8("{\"output\":[{\"id\":\"a\"},{\"text\":\"t\", \"text\":\"u\"}]}"));
        reader.beginObject();
        reader.nextField();
        reader.beginArray();
        reader.nextElement();
        reader.beginObject();
        assertEquals(0, reader.nextField(names));
        reader.readString();
        assertEquals(JsonReader.END, reader.nextField(names));
        JsonException missing = reader.missingProperty("text");
        assertEquals("$.output[0].text", missing.path());
        assertEquals("missing required property 'text'", missing.reason());

        reader.nextElement();
        reader.beginObject();
        assertEquals(1, reader.nextField(names));
        reader.readString();
        assertEquals(1, reader.nextField(names));
        JsonException duplicate = reader.duplicateProperty();
        assertEquals("$.output[1].text", duplicate.path());
        assertEquals("duplicate property 'text'", duplicate.reason());
        assertEquals(utf8("{\"output\":[{\"id\":\"a\"},{\"text\":\"t\", ").length, duplicate.offset());
    }

    @Test
    void excerptsStayInsideTheSliceAndAreEscaped() {
        byte[] document = utf8("{\"k\":\"caf\u00e9\",\n\"bad\":[1,2,x]}");
        byte[] array = new byte[document.length + 200];
        Arrays.fill(array, (byte) 'S');
        int offset = 100;
        System.arraycopy(document, 0, array, offset, document.length);
        JsonException e = assertThrows(JsonException.class,
                () -> JsonReader.of(array, offset, document.length).skipValue());
        assertFalse(e.excerpt().contains("S"), e.excerpt());
        assertEquals("...\"k\":\"caf\\xc3\\xa9\",\\n\"bad\":[1,2,>>>x]}", e.excerpt());
        assertEquals(new String(document, java.nio.charset.StandardCharsets.UTF_8).indexOf('x') + 1, e.offset());
        assertEquals(2, e.line());
        assertEquals("$.bad[2]", e.path());

        // Failures at the very start and the very end of the slice.
        byte[] truncated = utf8("[1,");
        System.arraycopy(truncated, 0, array, offset, truncated.length);
        JsonException atEnd = assertThrows(JsonException.class,
                () -> JsonReader.of(array, offset, truncated.length).skipValue());
        assertEquals("[1,>>>", atEnd.excerpt());
        assertEquals(3, atEnd.offset());
        array[offset] = 'x';
        JsonException atStart = assertThrows(JsonException.class, () -> JsonReader.of(array, offset, 1).skipValue());
        assertEquals(">>>x", atStart.excerpt());
        assertEquals(0, atStart.offset());
    }

    @Test
    void longInputIsCutAroundTheFailure() {
        String json = "[" + "1,".repeat(100) + "x" + ",1".repeat(100) + "]";
        JsonException e = failure(json, JsonReader::skipValue);
        assertTrue(e.excerpt().startsWith("...") && e.excerpt().endsWith("..."), e.excerpt());
        assertTrue(e.excerpt().length() < 60, e.excerpt());
        assertTrue(e.excerpt().contains(",>>>x,"), e.excerpt());
    }

    @Test
    void writerErrorsHaveNoPosition() {
        JsonException e = assertThrows(JsonException.class, () -> JsonWriter.create().value(Double.NaN));
        assertEquals(-1, e.offset());
        assertEquals(null, e.path());
    }
}
