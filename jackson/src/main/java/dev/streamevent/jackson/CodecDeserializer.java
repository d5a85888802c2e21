package dev.streamevent.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.streamevent.runtime.JsonCodec;
import dev.streamevent.runtime.JsonException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Reads a value with its streamevent codec: the value's tokens are copied to UTF-8 JSON, numbers as their exact text,
 * and the codec decodes those bytes with all its checks (required properties, duplicates, limits).
 */
final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient JsonCodec<T> codec;

    CodecDeserializer(Class<T> type, JsonCodec<T> codec) {
        super(type);
        this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        Bytes bytes = new Bytes();
        try (JsonGenerator generator = TokenCopy.JSON.createGenerator(bytes)) {
            TokenCopy.copyValue(parser, generator);
        }
        try {
            return codec.decode(bytes.array(), 0, bytes.size());
        } catch (JsonException e) {
            throw JsonMappingException.from(parser, "Cannot decode " + handledType().getName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** An output stream whose array can be read without copying it. */
    private static final class Bytes extends ByteArrayOutputStream {
        Bytes() {
            super(256);
        }

        byte[] array() {
            return buf;
        }
    }
}
