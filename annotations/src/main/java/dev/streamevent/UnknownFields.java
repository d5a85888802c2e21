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
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface UnknownFields {
}
