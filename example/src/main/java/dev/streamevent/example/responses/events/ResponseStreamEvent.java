package dev.streamevent.example.responses.events;

import dev.streamevent.StreamFamily;

/**
 * Every event of a Responses-API stream: the family keyed on {@code type}.
 *
 * <p>{@code ResponseStreamEventCodec.INSTANCE} decodes any member; a type no member declares (a future event, or a
 * {@code keepalive}) becomes {@code UnknownResponseStreamEvent} with its raw JSON, and never ends the stream.
 */
@StreamFamily
public interface ResponseStreamEvent {
    /**
     * The wire type of the event, such as {@code response.output_text.delta}.
     *
     * @return the discriminator value
     */
    String type();
}
