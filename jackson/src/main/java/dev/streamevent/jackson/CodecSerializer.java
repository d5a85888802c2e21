package dev.streamevent.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.streamevent.runtime.JsonCodec;
import dev.streamevent.runtime.JsonException;
import java.io.IOException;

/** Writes a value with its streamevent codec, into whatever generator Jackson is writing to. */
final class CodecSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient JsonCodec<T> codec;

    CodecSerializer(Class<T> type, JsonCodec<T> codec) {
        super(type);
        this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        byte[] json;
        try {
            json = codec.encode(value);
        } catch (JsonException e) {
            throw JsonMappingException.from(generator, "Cannot encode " + handledType().getName() + ": "
                    + e.getMessage(), e);
        }
        if (writesRawAsIs(generator)) {
            generator.writeRawValue(new Utf8Json(json));
        } else {
            try (JsonParser parser = TokenCopy.JSON.createParser(json)) {
                parser.nextToken();
                TokenCopy.copyValue(parser, generator);
            }
        }
    }

    /**
     * Whether our compact UTF-8 JSON is exactly what this generator would write: a JSON text generator with no
     * pretty printer and none of the output features that change how values look.
     */
    @SuppressWarnings("deprecation") // The JsonGenerator.Feature forms are the ones a generator can be asked about.
    private static boolean writesRawAsIs(JsonGenerator generator) {
        return generator instanceof JsonGeneratorImpl
                && generator.getPrettyPrinter() == null
                && generator.getCharacterEscapes() == null
                && !generator.isEnabled(JsonGenerator.Feature.ESCAPE_NON_ASCII)
                && !generator.isEnabled(JsonGenerator.Feature.WRITE_NUMBERS_AS_STRINGS);
    }
}
