package dev.streamevent.processor.generated;

import java.util.function.Supplier;

/** Does what generated code must never do, so that the scan is shown to catch it. */
final class ReflectiveCanary {

    private ReflectiveCanary() {
    }

    static Object load(String name) throws ClassNotFoundException {
        Supplier<String> lambda = () -> name;
        return Class.forName(lambda.get());
    }
}
