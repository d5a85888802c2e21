package dev.streamevent.processor.validate;

/**
 * The processor's copy of {@code dev.streamevent.Naming}, read from the annotation by constant name. The processor
 * never loads the annotation classes themselves, so its jar works alone on a plain {@code -processorpath}.
 */
enum NamingStrategy {
    SNAKE_CASE, CAMEL_CASE, AS_DECLARED;

    /** The strategy named by a constant of {@code dev.streamevent.Naming}. */
    static NamingStrategy named(String constant) {
        return valueOf(constant);
    }
}
