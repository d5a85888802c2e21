package dev.streamevent.runtime;

/**
 * A family member whose discriminator value no member declares, such as a {@code keepalive} or an event type newer
 * than the code. It keeps the raw JSON, so it can be inspected, logged, or encoded back unchanged.
 *
 * <p>Each family gets a generated class that implements both its base interface and this one.
 */
public interface UnknownMember {

    /**
     * {@return the discriminator value as it appeared in the input}
     */
    String type();

    /**
     * {@return a copy of the member's exact JSON bytes}
     */
    byte[] rawJson();
}
