package dev.streamevent;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes an interface {@code default} method a property whose body gives the value used when the JSON member is
 * absent (or {@code null}), or when the builder's setter was not called.
 *
 * <pre>{@code
 * @DefaultValue
 * default int summaryIndex() {
 *     return 0;
 * }
 * }</pre>
 *
 * <p>A {@code default} method without this annotation is not a property: it is a helper the implementation inherits.
 * Defaults are computed once, when the value is built, after every other property is set and in declaration order, so
 * a default may read other properties. A defaulted property is always written on encode.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface DefaultValue {
}
