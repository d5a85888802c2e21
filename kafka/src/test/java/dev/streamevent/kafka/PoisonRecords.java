package dev.streamevent.kafka;

import java.nio.charset.StandardCharsets;

/** Records that the test topics carry besides a transcript's events. */
public final class PoisonRecords {

    /** A well-formed event of a type no member declares: it decodes to the unknown member. */
    public static final byte[] UNKNOWN = utf8(
            "{\"type\":\"response.keepalive.v2\",\"sequence_number\":1000,\"note\":{\"a\":[1,2.50,\"\\u00e9\"]}}");

    /** Malformed JSON, cut off mid-object: the invalid member under {@code deliver}, an error under {@code fail}. */
    public static final byte[] MALFORMED = utf8("{\"type\":\"response.output_text.delta\",\"item_id\":\"msg_1\",\"delta\":\"Hel");

    /** Well-formed JSON of a known type that lacks required properties: invalid content. */
    public static final byte[] MISSING_FIELDS = utf8("{\"type\":\"response.output_text.delta\",\"delta\":\"x\"}");

    private PoisonRecords() {
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
