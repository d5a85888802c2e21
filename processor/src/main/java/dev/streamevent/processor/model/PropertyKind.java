package dev.streamevent.processor.model;

/** What an absent JSON member means for a property. */
public enum PropertyKind {
    /** Absent is an error, in the codec and in the builder. */
    REQUIRED,
    /**
     * Marked {@code @Nullable}: absent or JSON {@code null} gives {@code null}. Encoding leaves {@code null} out, except
     * that a value decoded from an explicit JSON {@code null} writes it back.
     */
    NULLABLE,
    /** {@code Optional<T>}, {@code OptionalInt}, ...: absent or JSON {@code null} gives empty; the rest as nullable. */
    OPTIONAL,
    /**
     * A {@code @DefaultValue} default method: absent or JSON {@code null} gives the method's result, which encoding
     * writes (or the explicit {@code null} it was decoded from).
     */
    DEFAULTED,
    /** The {@code @UnknownFields} map: not a JSON member itself, it holds the undeclared ones. */
    UNKNOWN_FIELDS
}
