package dev.streamevent.processor.model;

/**
 * One accessor of an annotated interface.
 *
 * @param name the accessor's name, also the name of the builder setter and of the implementation's field
 * @param jsonName the JSON member name (unused for {@link PropertyKind#UNKNOWN_FIELDS})
 * @param type the Java type
 * @param kind what absence means
 */
public record PropertyModel(String name, String jsonName, TypeModel type, PropertyKind kind) {

    /** Whether this is a JSON member of its own, as opposed to the map of unknown ones. */
    public boolean isJsonMember() {
        return kind != PropertyKind.UNKNOWN_FIELDS;
    }

    /** Whether building a value without it is an error. */
    public boolean isRequired() {
        return kind == PropertyKind.REQUIRED;
    }
}
