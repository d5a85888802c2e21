package dev.streamevent.processor.model;

/** What an absent JSON member means for a property. */
public enum PropertyKind {
    /** Absent is an error, in the codec and in the builder. */
    REQUIRED,
    /**
     * Marked {@code @Nullable}: absent or JSON {@code null} gives {@code null}; {@code null} is not written, unless the
     * type keeps unknown fields and the member was an explicit JSON {@code null}.
     */
    NULLABLE,
    /**
     * {@code Optional<T>}, {@code OptionalInt}, ...: absent or JSON {@code null} gives empty; empty is not written,
     * unless the type keeps unknown fields and the member was an explicit JSON {@code null}.
     */
    OPTIONAL,
    /**
     * A {@code @DefaultValue} default method: absent or JSON {@code null} gives the method's result, which is written
     * (as {@code null}, if the type keeps unknown fields and the member was an explicit JSON {@code null}).
     */
    DEFAULTED,
    /** The {@code @UnknownFields} map: not a JSON member itself, it holds the undeclared ones. */
    UNKNOWN_FIELDS
}
