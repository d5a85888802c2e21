package dev.streamevent.runtime;

/**
 * The codec of an event: an object that names its own type in a discriminator member, such as {@code "type"}. Every
 * generated {@code @StreamEvent} codec is one. When a family codec has read the discriminator as the object's first
 * member and matched its value to this codec, the codec goes on from there instead of reading the object again.
 *
 * @param <T> the event type
 */
public interface EventCodec<T> extends JsonCodec<T> {

    /**
     * Reads the rest of an object whose discriminator was its first member and has already been read and matched to
     * this codec's type: the reader is inside the object, just after that member's value. A second discriminator
     * member is a duplicate, as it is for {@link #read(JsonReader)}.
     *
     * @param reader the reader, just after the discriminator's value
     * @return the event
     * @throws JsonException if the rest of the object is malformed or does not match
     */
    T readAfterDiscriminator(JsonReader reader);
}
