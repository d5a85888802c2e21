package dev.streamevent.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * The classes generated for one annotated interface, all in its package: for {@code Foo} (or a nested
 * {@code Outer.Foo}, flattened to {@code Outer_Foo}), {@code FooCodec}, {@code FooBuilder} and the package-private
 * {@code FooImpl}.
 */
public record GeneratedNames(ClassName codec, ClassName builder, ClassName implementation) {

    /** The names for an annotated interface; the same rule finds the codec of a nested value type. */
    public static GeneratedNames of(ClassName annotated) {
        String base = String.join("_", annotated.simpleNames());
        String pkg = annotated.packageName();
        return new GeneratedNames(
                ClassName.get(pkg, base + "Codec"), ClassName.get(pkg, base + "Builder"), ClassName.get(pkg, base + "Impl"));
    }
}
