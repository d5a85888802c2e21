package dev.streamevent.processor.generate;

import com.palantir.javapoet.NameAllocator;
import dev.streamevent.processor.model.EventModel;
import dev.streamevent.processor.model.PropertyKind;
import dev.streamevent.processor.model.PropertyModel;
import dev.streamevent.processor.model.ScalarKind;
import dev.streamevent.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Facts about the members of a decoded value that its codec learnt while reading and needs again to write it. The
 * codec's reader sets the bits, and the implementation keeps them in {@code int} fields outside {@code equals},
 * {@code hashCode} and {@code toString}. Bits follow {@link PresenceBits}: JSON property {@code i} is bit
 * {@code i % 32} of word {@code i / 32}. There are two kinds:
 *
 * <ul>
 *   <li>{@link #explicitNulls}: the member arrived as an explicit JSON {@code null}. Only a type that keeps unknown
 *       fields promises that decode then encode loses nothing, so only such a type records them. The builder's
 *       {@code from} copies them, and the writer writes {@code null} where a bit is set and the value is absent.
 *   <li>{@link #plainStrings}: the string member was plain printable ASCII, so the writer copies it without checking
 *       each char again. The builder passes none: a value it builds is checked.
 * </ul>
 */
final class PropertyBits {
    private final EventModel model;
    private final Predicate<PropertyModel> tracked;
    private final List<String> fields;

    private PropertyBits(EventModel model, Predicate<PropertyModel> tracked, List<String> fields) {
        this.model = model;
        this.tracked = tracked;
        this.fields = fields;
    }

    /**
     * The explicit nulls of a type: none (no field, no code) unless it keeps unknown fields and has a property that
     * JSON {@code null} can stand for.
     */
    static PropertyBits explicitNulls(EventModel model) {
        return of(model, model.unknownFields().isPresent() ? PropertyBits::canBeNull : property -> false,
                "explicitNulls");
    }

    /** The plain strings of a type: one bit per {@code String} property that is not an {@code Optional}. */
    static PropertyBits plainStrings(EventModel model) {
        return of(model, PropertyBits::isString, "plainStrings");
    }

    private static PropertyBits of(EventModel model, Predicate<PropertyModel> tracked, String fieldPrefix) {
        List<PropertyModel> json = model.jsonProperties();
        int last = -1;
        for (int i = 0; i < json.size(); i++) {
            if (tracked.test(json.get(i))) {
                last = i;
            }
        }
        NameAllocator names = new NameAllocator();
        for (PropertyModel property : model.properties()) {
            names.newName(property.name(), property);
        }
        List<String> fields = new ArrayList<>();
        for (int word = 0; last >= 0 && word <= PresenceBits.word(last); word++) {
            fields.add(names.newName(fieldPrefix + word));
        }
        return new PropertyBits(model, tracked, List.copyOf(fields));
    }

    /** Nullable, optional and defaulted properties read JSON {@code null} as absent. */
    private static boolean canBeNull(PropertyModel property) {
        PropertyKind kind = property.kind();
        return kind == PropertyKind.NULLABLE || kind == PropertyKind.OPTIONAL || kind == PropertyKind.DEFAULTED;
    }

    private static boolean isString(PropertyModel property) {
        return property.kind() != PropertyKind.OPTIONAL
                && property.type() instanceof TypeModel.Scalar scalar && scalar.kind() == ScalarKind.STRING;
    }

    /** Whether the type records these bits at all. */
    boolean any() {
        return !fields.isEmpty();
    }

    /** Whether this property's bit is recorded. */
    boolean tracks(PropertyModel property) {
        return any() && tracked.test(property);
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
            throw new IllegalArgumentException("these bits are not tracked for " + property);
        }
        return index;
    }
}
