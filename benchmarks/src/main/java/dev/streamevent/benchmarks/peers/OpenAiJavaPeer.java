package dev.streamevent.benchmarks.peers;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.openai.core.ObjectMappers;
import com.openai.models.responses.ResponseCompletedEvent;
import com.openai.models.responses.ResponseCreatedEvent;
import com.openai.models.responses.ResponseFunctionCallArgumentsDeltaEvent;
import com.openai.models.responses.ResponseFunctionCallArgumentsDoneEvent;
import com.openai.models.responses.ResponseImageGenCallCompletedEvent;
import com.openai.models.responses.ResponseInProgressEvent;
import com.openai.models.responses.ResponseOutputItemAddedEvent;
import com.openai.models.responses.ResponseOutputItemDoneEvent;
import com.openai.models.responses.ResponseStreamEvent;

/**
 * The official SDK's own model, the status quo: its {@code ResponseStreamEvent} union and event classes, read and
 * written by the mapper the SDK itself uses ({@link ObjectMappers#jsonMapper()}), readers resolved once.
 */
public final class OpenAiJavaPeer implements Peer {

    private static final Map<String, Class<?>> EVENTS = Map.of(
            "response.image_generation_call.completed", ResponseImageGenCallCompletedEvent.class,
            "response.created", ResponseCreatedEvent.class,
            "response.in_progress", ResponseInProgressEvent.class,
            "response.completed", ResponseCompletedEvent.class,
            "response.output_item.added", ResponseOutputItemAddedEvent.class,
            "response.output_item.done", ResponseOutputItemDoneEvent.class,
            "response.function_call_arguments.delta", ResponseFunctionCallArgumentsDeltaEvent.class,
            "response.function_call_arguments.done", ResponseFunctionCallArgumentsDoneEvent.class);

    private final ObjectMapper mapper = ObjectMappers.jsonMapper();
    private final ObjectReader family = mapper.readerFor(ResponseStreamEvent.class);
    private final ObjectWriter writer = mapper.writer();

    @Override
    public Object decodeFamily(byte[] json) throws Exception {
        return family.readValue(json);
    }

    @Override
    public Decoder concreteDecoder(String type) {
        Class<?> member = EVENTS.get(type);
        if (member == null) {
            throw new IllegalArgumentException("no openai-java event class for " + type);
        }
        ObjectReader reader = mapper.readerFor(member);
        return reader::readValue;
    }

    @Override
    public byte[] encode(Object event) throws Exception {
        return writer.writeValueAsBytes(event);
    }
}
