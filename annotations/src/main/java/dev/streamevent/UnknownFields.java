package dev.streamevent;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one accessor that keeps the JSON members the type does not declare, so that decode then encode loses
 * nothing. The accessor must return {@code Map<String, dev.streamevent.runtime.JsonValue>}.
 *
 * <pre>{@code
 * @UnknownFields
 * Map<String, JsonValue> unknownFields();
 * }</pre>
 *
 * <p>Decoding keeps every undeclared member in arrival order (the first of duplicates); encoding writes them after the
 * declared ones. The map takes part in {@code equals}, {@code hashCode} and {@code toString}; it is empty, never
 * {@code null}, when nothing was kept. Without this accessor unknown members are skipped.
 *
 * <p>Such a type also remembers which of its {@code @Nullable}, {@code Optional} and {@code @DefaultValue} members
 * arrived as an explicit JSON {@code null}, and encoding writes them back as {@code null} rather than omitting them.
 * That memory is not part of the value: a {@code null} member and an absent one still decode to equal values. The
 * builder's {@code from} keeps it for the properties that are not set again; a value built from scratch omits
 * {@code null} and empty members as usual.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface UnknownFields {
}
