package dev.streamevent;

/** How an accessor name such as {@code outputIndex} becomes a JSON member name. */
public enum Naming {
    /** {@code outputIndex} becomes {@code output_index}. The Responses API's convention, and the default. */
    SNAKE_CASE,
    /** {@code outputIndex} stays {@code outputIndex}; an accessor named {@code OutputIndex} becomes {@code outputIndex}. */
    CAMEL_CASE,
    /** The accessor name, exactly as declared. */
    AS_DECLARED
}
