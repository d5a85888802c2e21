package dev.streamevent.processor.model;

import com.palantir.javapoet.ClassName;

/** Reference types that map to one JSON scalar (or, for {@link #JSON_VALUE}, to any JSON value). */
public enum ScalarKind {
    STRING(ClassName.get("java.lang", "String")),
    BIG_DECIMAL(ClassName.get("java.math", "BigDecimal")),
    BIG_INTEGER(ClassName.get("java.math", "BigInteger")),
    JSON_VALUE(RuntimeTypes.JSON_VALUE);

    private final ClassName className;

    ScalarKind(ClassName className) {
        this.className = className;
    }

    public ClassName className() {
        return className;
    }
}
