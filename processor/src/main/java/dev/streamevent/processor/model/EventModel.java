package dev.streamevent.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * Everything the writers need about one annotated interface, copied out of {@code javax.lang.model}.
 *
 * @param type the annotated interface
 * @param typeValue the discriminator value of a {@code @StreamEvent}; empty for a {@code @StreamValue}
 * @param discriminator the JSON member that holds {@code typeValue}: {@code "type"} unless the event's family names
 *     another
 * @param declaresTypeAccessor whether the interface declares {@code String type()}, which returns {@code typeValue}
 * @param properties the properties in declaration order, super-interfaces' first; at most one of kind
 *     {@link PropertyKind#UNKNOWN_FIELDS}
 * @param names the generated classes
 */
public record EventModel(
        ClassName type,
        Optional<String> typeValue,
        String discriminator,
        boolean declaresTypeAccessor,
        List<PropertyModel> properties,
        GeneratedNames names) {

    /** The discriminator member's name when no family says otherwise. */
    public static final String DEFAULT_DISCRIMINATOR = "type";
    /** The accessor that returns the discriminator value, whatever the member is called in JSON. */
    public static final String TYPE_ACCESSOR = "type";

    public EventModel {
        properties = List.copyOf(properties);
    }

    /** The properties that are JSON members, in order; index {@code i} here is bit {@code i} of presence masks. */
    public List<PropertyModel> jsonProperties() {
        return properties.stream().filter(PropertyModel::isJsonMember).toList();
    }

    /** The {@code @UnknownFields} property, if the type keeps unknown members. */
    public Optional<PropertyModel> unknownFields() {
        return properties.stream().filter(p -> !p.isJsonMember()).findFirst();
    }

    /** The defaulted properties, in order; index {@code j} here is bit {@code j} of the implementation's default mask. */
    public List<PropertyModel> defaultedProperties() {
        return properties.stream().filter(p -> p.kind() == PropertyKind.DEFAULTED).toList();
    }

    /** The name {@code toString} shows: the interface's simple name. */
    public String displayName() {
        return type.simpleName();
    }
}
