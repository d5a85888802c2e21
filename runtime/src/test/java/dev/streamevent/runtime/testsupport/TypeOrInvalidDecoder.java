package dev.streamevent.runtime.testsupport;

import dev.streamevent.runtime.sse.PayloadDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A stand-in for a family codec's lenient decoding: returns the event's {@code type}, or {@code INVALID:<raw>} when
 * the payload is not a JSON object with a string {@code type}. Like the real thing, it never throws.
 */
public final class TypeOrInvalidDecoder implements PayloadDecoder<String> {

    public static final String INVALID_PREFIX = "INVALID:";

    @Override
    public String decode(byte[] payload, int offset, int length) {
        String raw = new String(payload, offset, length, StandardCharsets.UTF_8);
        try {
            if (MiniJson.parse(raw) instanceof Map<?, ?> object && object.get("type") instanceof String type) {
                return type;
            }
        } catch (IllegalArgumentException malformed) {
            // falls through to the invalid marker, as lenient decoding does
        }
        return INVALID_PREFIX + raw;
    }
}
