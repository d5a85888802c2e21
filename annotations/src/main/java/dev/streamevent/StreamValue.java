package dev.streamevent;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as a nested JSON object of an event: a plain value with properties and no {@code type} tag, such
 * as a {@code usage} or an {@code error} object. Event properties (and properties of other values) may have this type,
 * at any depth, also inside lists, maps and optionals.
 *
 * <p>The processor generates the same things as for {@link StreamEvent}: an immutable implementation,
 * {@code FooBuilder.builder()}, and {@code FooCodec.INSTANCE}. Unlike an event, a value has no discriminator: a
 * property named {@code type} is an ordinary property here.
 *
 * <pre>{@code
 * @StreamValue
 * public interface Usage {
 *     int inputTokens();
 *     int outputTokens();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StreamValue {

    /**
     * How accessor names become JSON member names when no {@link JsonName} overrides them.
     *
     * @return the naming strategy; {@link Naming#SNAKE_CASE} by default
     */
    Naming naming() default Naming.SNAKE_CASE;
}
