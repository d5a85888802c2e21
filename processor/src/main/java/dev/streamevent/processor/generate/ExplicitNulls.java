package dev.streamevent.processor.generate;

import com.palantir.javapoet.NameAllocator;
import dev.streamevent.processor.model.EventModel;
import dev.streamevent.processor.model.PropertyKind;
import dev.streamevent.processor.model.PropertyModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Which members of a decoded value arrived as an explicit JSON {@code null}. Only a type that keeps unknown fields
 * promises that decode then encode loses nothing, so only such a type records them: the codec's reader sets the bits,
 * the implementation keeps them in {@code int} fields (outside {@code equals}, {@code hashCode} and {@code toString}),
 * the builder's {@code from} copies them, and the codec's writer writes {@code null} where a bit is set and the value
 * is absent. Bits follow {@link PresenceBits}: JSON property {@code i} is bit {@code i % 32} of word {@code i / 32}.
 */
final class ExplicitNulls {
    private final EventModel model;
    private final List<String> fields;

    private ExplicitNulls(EventModel model, List<String> fields) {
        this.model = model;
        this.fields = fields;
    }

    /**
     * The explicit nulls of a type: none (no field, no code) unless it keeps unknown fields and has a property that
     * JSON {@code null} can stand for.
     */
    static ExplicitNulls of(EventModel model) {
        List<PropertyModel> json = model.jsonProperties();
        int last = -1;
        if (model.unknownFields().isPresent()) {
            for (int i = 0; i < json.size(); i++) {
                if (canBeNull(json.get(i))) {
                    last = i;
                }
            }
        }
        NameAllocator names = new NameAllocator();
        for (PropertyModel property : model.properties()) {
            names.newName(property.name(), property);
        }
        List<String> fields = new ArrayList<>();
        for (int word = 0; last >= 0 && word <= PresenceBits.word(last); word++) {
            fields.add(names.newName("explicitNulls" + word));
        }
        return new ExplicitNulls(model, List.copyOf(fields));
    }

    /** Nullable, optional and defaulted properties read JSON {@code null} as absent. */
    private static boolean canBeNull(PropertyModel property) {
        PropertyKind kind = property.kind();
        return kind == PropertyKind.NULLABLE || kind == PropertyKind.OPTIONAL || kind == PropertyKind.DEFAULTED;
    }

    /** Whether the type records explicit nulls at all. */
    boolean any() {
        return !fields.isEmpty();
    }

    /** Whether a JSON null of this property is recorded (and so written back). */
    boolean tracks(PropertyModel property) {
        return any() && canBeNull(property);
    }

    /** The implementation's {@code int} fields, one per word, in order; empty when {@link #any()} is false. */
    List<String> fields() {
        return fields;
    }

    /** The word of a tracked property. */
    int word(PropertyModel property) {
        return PresenceBits.word(index(property));
    }

    /** The index of a tracked property among the JSON properties: its bit. */
    int index(PropertyModel property) {
        int index = model.jsonProperties().indexOf(property);
        if (index < 0 || !tracks(property)) {
            throw new IllegalArgumentException("explicit nulls are not tracked for " + property);
        }
        return index;
    }
}
