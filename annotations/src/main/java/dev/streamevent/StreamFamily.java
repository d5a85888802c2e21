package dev.streamevent;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the base interface of a family: a union of {@link StreamEvent} interfaces keyed on one discriminator member,
 * such as every event of a Responses-API stream, or every kind of output item.
 *
 * <p>For a base interface {@code Bar} the processor generates {@code BarCodec} ({@code BarCodec.INSTANCE}), which
 * decodes any member by its discriminator value, plus {@code UnknownBar} (a type no member declares, kept with its raw
 * JSON), {@code InvalidBar} (lenient decoding of input that is malformed or invalid, kept with its raw bytes and the
 * error), and {@code BarVisitor}.
 *
 * <pre>{@code
 * @StreamFamily
 * public interface ResponseStreamEvent {
 *     String type();
 * }
 *
 * @StreamEvent(type = "response.output_text.delta")
 * public interface OutputTextDelta extends ResponseStreamEvent {
 *     String delta();
 * }
 * }</pre>
 *
 * <p>The members are the {@code @StreamEvent} interfaces that extend the base: those its {@code permits} clause names
 * when it is {@code sealed} (then it must also permit {@code UnknownBar} and {@code InvalidBar}), those listed in
 * {@link #members()}, or otherwise every one in the same compilation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StreamFamily {

    /**
     * The JSON member that names the type of each member.
     *
     * @return the discriminator's member name; {@code "type"} by default
     */
    String discriminator() default "type";

    /**
     * The members, when they are listed explicitly rather than found.
     *
     * @return the member interfaces; empty to find them
     */
    Class<?>[] members() default {};
}
