/**
 * Jackson integration: register {@link dev.streamevent.jackson.StreamEventModule} with an {@code ObjectMapper} to
 * read and write generated event types, inside the user's own beans, through their streamevent codecs.
 */
package dev.streamevent.jackson;
