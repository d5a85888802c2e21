package dev.streamevent.example.responses;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a catalogue property as nullable: a missing JSON member or a JSON {@code null} gives {@code null}, and a
 * {@code null} value is not written. The processor accepts any annotation with this simple name; this one exists so
 * that the catalogue needs no extra dependency.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE_USE})
public @interface Nullable {
}
