/**
 * The optional Jackson bridge: {@link dev.streamevent.jackson.StreamEventModule} lets an existing
 * {@code ObjectMapper} read and write streamevent's generated types through their codecs.
 */
module dev.streamevent.jackson {
    requires transitive dev.streamevent.runtime;
    requires transitive com.fasterxml.jackson.databind;

    exports dev.streamevent.jackson;
}
