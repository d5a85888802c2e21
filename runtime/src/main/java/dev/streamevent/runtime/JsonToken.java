package dev.streamevent.runtime;

/** What kind of value comes next in the input, as told by {@link JsonReader#peek()}. */
public enum JsonToken {
    /** An object, starting with <code>{</code>. */
    OBJECT,
    /** An array, starting with {@code [}. */
    ARRAY,
    /** A string. */
    STRING,
    /** A number. */
    NUMBER,
    /** The literal {@code true}. */
    TRUE,
    /** The literal {@code false}. */
    FALSE,
    /** The literal {@code null}. */
    NULL
}
