package dev.streamevent;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as one event of a streaming JSON protocol.
 *
 * <p>For an interface {@code Foo} the processor generates, in {@code Foo}'s package, an immutable implementation with a
 * builder ({@code Foo.builder()} is not possible on an interface, so use {@code FooBuilder.builder()}), and
 * {@code FooCodec}, a reflection-free JSON codec with {@code public static final FooCodec INSTANCE}.
 *
 * <pre>{@code
 * @StreamEvent(type = "response.image_generation_call.completed")
 * public interface ImageGenCallCompleted {
 *     String itemId();
 *     int outputIndex();
 *     int sequenceNumber();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StreamEvent {

    /**
     * The value of the discriminator property ({@code "type"} unless the family says otherwise) that identifies this
     * event on the wire, for example {@code "response.output_text.delta"}. It must not be blank or contain whitespace.
     *
     * @return the wire type of this event
     */
    String type();

    /**
     * How accessor names become JSON member names when no {@link JsonName} overrides them.
     *
     * @return the naming strategy; {@link Naming#SNAKE_CASE} by default
     */
    Naming naming() default Naming.SNAKE_CASE;
}
