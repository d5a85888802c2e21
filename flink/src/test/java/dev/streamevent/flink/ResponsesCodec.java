package dev.streamevent.flink;

import dev.streamevent.example.responses.events.ResponseStreamEvent;
import dev.streamevent.example.responses.events.ResponseStreamEventCodec;
import dev.streamevent.runtime.JsonCodec;

/** The documented stable (named) codec supplier: an enum, whose serialized form is its name. */
enum ResponsesCodec implements CodecSupplier<ResponseStreamEvent> {
    /** The Responses-API family codec. */
    INSTANCE;

    @Override
    public JsonCodec<ResponseStreamEvent> codec() {
        return ResponseStreamEventCodec.INSTANCE;
    }
}
