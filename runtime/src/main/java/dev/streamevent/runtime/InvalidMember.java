package dev.streamevent.runtime;

/**
 * What lenient decoding gives for input that could not become a typed member: malformed JSON, a missing
 * discriminator, or a known type whose content is invalid (a required property missing, a wrong JSON type). It keeps
 * the raw bytes and the error, so that nothing is lost and the stream goes on.
 *
 * <p>Each family gets a generated class that implements both its base interface and this one.
 */
public interface InvalidMember {

    /**
     * {@return the discriminator value if one could be read, otherwise {@code null}}
     */
    String type();

    /**
     * {@return a copy of the input bytes exactly as received (which may not be valid JSON)}
     */
    byte[] rawJson();

    /**
     * {@return why the input could not be decoded, with its position and path}
     */
    JsonException error();
}
