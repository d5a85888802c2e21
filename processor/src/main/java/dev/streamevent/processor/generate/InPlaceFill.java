package dev.streamevent.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import dev.streamevent.processor.model.EventModel;
import dev.streamevent.processor.model.PropertyModel;
import dev.streamevent.processor.model.TypeModel;

/**
 * Whether the codec of a type fills a new {@code FooImpl} in place, member by member, rather than keeping one local
 * per property and calling the constructor with all of them at the end.
 *
 * <p>Why: the reader loops over the members and calls the {@code JsonReader} in every case, so with locals the JIT
 * carries as many live values through the loop as the type has properties, and then passes them all to a constructor
 * that it does not inline. For the Responses API's 39-property snapshot, filling the value in place made MIX decode
 * about 3 to 5% faster (benchmarks/README.md, proposal 10). Small types keep locals and {@code final} fields: there the
 * constructor is cheap and usually inlined.
 *
 * <p>The in-place fields are package-private and not {@code final}. Only the codec writes them, before it hands the
 * value out, and the implementation's {@code finishDecoding} ends with a release fence, the barrier that a
 * constructor with {@code final} fields ends with, so that a value passed to another thread without synchronization is
 * still seen whole.
 */
final class InPlaceFill {
    /**
     * From this many properties (the unknown-fields map included) a codec fills its value in place. A coarse bound:
     * only the 39-property snapshot gained; with the bound at 6, which also fills the stream's items, usage and
     * configuration objects in place, MIX and LARGE decode were level with this one.
     */
    static final int MIN_PROPERTIES = 24;

    private InPlaceFill() {
    }

    /** Whether the codec of {@code model} fills its value in place. */
    static boolean appliesTo(EventModel model) {
        return model.properties().size() >= MIN_PROPERTIES;
    }

    /**
     * The name of the implementation's method that ends decoding in place: {@code finishDecoding}, unless a property
     * has that name.
     */
    static String finishMethod(EventModel model) {
        NameAllocator names = new NameAllocator();
        for (PropertyModel property : model.properties()) {
            names.newName(property.name());
        }
        return names.newName("finishDecoding");
    }

    /** What a property holds before its member is read: zero, {@code null} or an empty optional. */
    static CodeBlock initialValue(TypeModel type) {
        if (type instanceof TypeModel.Primitive primitive) {
            switch (primitive.kind()) {
                case BOOLEAN:
                    return CodeBlock.of("false");
                case LONG:
                    return CodeBlock.of("0L");
                case FLOAT:
                    return CodeBlock.of("0f");
                case DOUBLE:
                    return CodeBlock.of("0d");
                default:
                    return CodeBlock.of("0");
            }
        }
        if (startsAsEmptyOptional(type)) {
            return CodeBlock.of("$T.empty()", TypeNames.erasure(type));
        }
        return CodeBlock.of("null");
    }

    /** Whether {@link #initialValue} is an empty optional, which a new object's field does not hold by itself. */
    static boolean startsAsEmptyOptional(TypeModel type) {
        return type instanceof TypeModel.OptionalOf || type instanceof TypeModel.OptionalPrimitive;
    }
}
