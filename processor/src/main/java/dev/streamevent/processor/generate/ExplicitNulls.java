package dev.streamevent.processor.generate;

import com.palantir.javapoet.NameAllocator;
import dev.streamevent.processor.model.EventModel;
import dev.streamevent.processor.model.PropertyKind;
import dev.streamevent.processor.model.PropertyModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Which nullable, optional and defaulted properties came as an explicit JSON {@code null}. Such a property reads as
 * absent, and equality ignores the difference, but the implementation remembers it (one bit per JSON property, in the
 * presence layout) so that encoding writes the {@code null} back: decode then encode keeps every member of real
 * streams, which send {@code "usage":null} and the like.
 */
final class ExplicitNulls {

    private ExplicitNulls() {
    }

    /** Whether a property can hold an explicit null worth remembering. */
    static boolean isTracked(PropertyModel property) {
        return property.kind() == PropertyKind.NULLABLE || property.kind() == PropertyKind.OPTIONAL
                || property.kind() == PropertyKind.DEFAULTED;
    }

    /**
     * The implementation's package-private fields that hold the bits, one per presence word; none when no property is
     * tracked. Codec and implementation call this alike, so they agree on the names.
     */
    static List<String> implementationFields(EventModel model) {
        if (model.jsonProperties().stream().noneMatch(ExplicitNulls::isTracked)) {
            return List.of();
        }
        NameAllocator names = new NameAllocator();
        for (PropertyModel property : model.properties()) {
            names.newName(property.name(), property);
        }
        List<String> fields = new ArrayList<>();
        for (int word = 0; word < PresenceBits.words(model.jsonProperties().size()); word++) {
            fields.add(names.newName("explicitNulls" + word));
        }
        return fields;
    }
}
