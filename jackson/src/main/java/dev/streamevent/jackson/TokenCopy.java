package dev.streamevent.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;

/**
 * Copies one JSON value from a Jackson parser to a Jackson generator, token by token. Unlike
 * {@code JsonGenerator.copyCurrentStructure}, fractional numbers keep their exact text rather than passing through
 * {@code double}, so a {@code BigDecimal} or a {@code JsonValue} property sees the digits of the input.
 */
final class TokenCopy {
    /** Plain JSON, for our own bytes: whatever the mapper's format, the codecs read and write JSON. */
    static final JsonFactory JSON = JsonFactory.builder().build();

    private TokenCopy() {
    }

    /**
     * Copies the value at the parser's current token, leaving the parser at the value's last token. At a property
     * name, as when Jackson has already consumed an object's start, the rest of that object is copied as one object.
     */
    static void copyValue(JsonParser parser, JsonGenerator generator) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.FIELD_NAME) {
            generator.writeStartObject();
            do {
                generator.writeFieldName(parser.currentName());
                parser.nextToken();
                copyValue(parser, generator);
            } while (parser.nextToken() == JsonToken.FIELD_NAME);
            generator.writeEndObject();
            return;
        }
        int depth = 0;
        do {
            if (token == null) {
                throw JsonMappingException.from(parser, "Unexpected end of input inside a value");
            }
            switch (token) {
                case START_OBJECT -> {
                    generator.writeStartObject();
                    depth++;
                }
                case START_ARRAY -> {
                    generator.writeStartArray();
                    depth++;
                }
                case END_OBJECT -> {
                    generator.writeEndObject();
                    depth--;
                }
                case END_ARRAY -> {
                    generator.writeEndArray();
                    depth--;
                }
                case FIELD_NAME -> generator.writeFieldName(parser.currentName());
                case VALUE_STRING -> generator.writeString(parser.getTextCharacters(), parser.getTextOffset(),
                        parser.getTextLength());
                case VALUE_NUMBER_INT -> copyInteger(parser, generator);
                // The literal's text: exact in JSON output, and a token buffer keeps it for the reader to decide
                // (double, or BigDecimal under USE_BIG_DECIMAL_FOR_FLOATS), as if it had parsed the text itself.
                case VALUE_NUMBER_FLOAT -> generator.writeNumber(parser.getText());
                case VALUE_TRUE -> generator.writeBoolean(true);
                case VALUE_FALSE -> generator.writeBoolean(false);
                case VALUE_NULL -> generator.writeNull();
                default -> throw JsonMappingException.from(parser, "Cannot copy a " + token
                        + " token as JSON");
            }
            if (depth == 0) {
                return;
            }
            token = parser.nextToken();
        } while (true);
    }

    /** Integers by their own size: a token buffer would read a number written as text back as a float. */
    private static void copyInteger(JsonParser parser, JsonGenerator generator) throws IOException {
        switch (parser.getNumberType()) {
            case INT -> generator.writeNumber(parser.getIntValue());
            case LONG -> generator.writeNumber(parser.getLongValue());
            default -> generator.writeNumber(parser.getBigIntegerValue());
        }
    }
}
