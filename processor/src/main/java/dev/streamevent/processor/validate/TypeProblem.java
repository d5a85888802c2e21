package dev.streamevent.processor.validate;

import dev.streamevent.processor.ErrorTag;

/** Why a Java type cannot be a property type; thrown out of the recursive {@link TypeResolver}, caught per property. */
final class TypeProblem extends Exception {
    private static final long serialVersionUID = 1L;

    private final ErrorTag tag;

    TypeProblem(ErrorTag tag, String message) {
        super(message, null, false, false);
        this.tag = tag;
    }

    ErrorTag tag() {
        return tag;
    }
}
