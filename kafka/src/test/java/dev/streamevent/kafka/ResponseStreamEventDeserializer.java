package dev.streamevent.kafka;

import dev.streamevent.example.responses.events.ResponseStreamEvent;
import dev.streamevent.example.responses.events.ResponseStreamEventCodec;

/** The documented way to name a deserializer in a {@code value.deserializer} property: a no-argument subclass. */
public final class ResponseStreamEventDeserializer extends StreamEventDeserializer<ResponseStreamEvent> {

    /** Decodes with {@link ResponseStreamEventCodec}; the policy comes from the configuration. */
    public ResponseStreamEventDeserializer() {
        super(ResponseStreamEventCodec.INSTANCE);
    }
}
