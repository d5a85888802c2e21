package dev.streamevent.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/** The primitive types a property may have, with their boxes. {@code byte}, {@code short} and {@code char} are not. */
public enum PrimitiveKind {
    BOOLEAN(TypeName.BOOLEAN),
    INT(TypeName.INT),
    LONG(TypeName.LONG),
    FLOAT(TypeName.FLOAT),
    DOUBLE(TypeName.DOUBLE);

    private final TypeName primitive;

    PrimitiveKind(TypeName primitive) {
        this.primitive = primitive;
    }

    public TypeName primitive() {
        return primitive;
    }

    public ClassName box() {
        return (ClassName) primitive.box();
    }
}
