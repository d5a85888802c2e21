/**
 * The streamevent runtime: the byte-level {@link dev.streamevent.runtime.JsonReader} and
 * {@link dev.streamevent.runtime.JsonWriter}, {@link dev.streamevent.runtime.JsonCodec}, the generic
 * {@link dev.streamevent.runtime.JsonValue}, the Server-Sent Events reader ({@code dev.streamevent.runtime.sse}) and
 * the {@code java.net.http} integration ({@code dev.streamevent.runtime.http}).
 *
 * <p>A user module needs only {@code requires dev.streamevent.runtime;}: it then reads the annotations module too, so
 * it can declare {@code @StreamEvent} interfaces. The generated codecs use nothing but the exported packages, and
 * nothing here uses reflection, so no package is opened.
 */
module dev.streamevent.runtime {
    // The annotations that user modules need to declare events; implied, so that one requires line is enough.
    requires transitive dev.streamevent.annotations;
    // Part of the exported API: SseHttpClient takes and returns java.net.http types.
    requires transitive java.net.http;
    // Generated sources carry @javax.annotation.processing.Generated (source retention, module java.compiler). Implied
    // readability at compile time lets a user module compile them without a requires line of its own; static, so
    // nothing is needed at run time.
    requires static transitive java.compiler;

    exports dev.streamevent.runtime;
    exports dev.streamevent.runtime.sse;
    exports dev.streamevent.runtime.http;
}
