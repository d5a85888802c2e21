package dev.streamevent;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides the JSON member name of one property, for the wire names that do not follow the type's {@link Naming}.
 *
 * <pre>{@code
 * @JsonName("imageB64")
 * String imageB64();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface JsonName {

    /**
     * The exact JSON member name.
     *
     * @return the member name on the wire; not blank
     */
    String value();
}
