package dev.streamevent.runtime;

/**
 * The superclass of every implementation the processor generates; not for hand-written classes.
 *
 * <p>It exists for speed. A family codec handed a generated event writes it with one class test and one virtual call.
 * Otherwise it must test the value against the family's interfaces, and on HotSpot a test against an interface that
 * the class does not implement scans all of the class's interfaces, on every write.
 */
public abstract class GeneratedValue {

    /** For generated subclasses. */
    protected GeneratedValue() {
    }

    /**
     * Writes this value with the codec generated beside it.
     *
     * @param writer the writer
     */
    protected abstract void writeWithGeneratedCodec(JsonWriter writer);
}
