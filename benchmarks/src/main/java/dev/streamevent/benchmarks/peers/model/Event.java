package dev.streamevent.benchmarks.peers.model;

import com.alibaba.fastjson2.annotation.JSONType;
import com.dslplatform.json.CompiledJson;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.avaje.jsonb.Json;

/**
 * The family of stream events (the SDKs' {@code ResponseStreamEvent}), as the peers model it: each library's own
 * polymorphism keyed on {@code type}. The wire {@code type} is the discriminator alone (no field), so every library
 * reads and writes it through its polymorphic feature.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ImageGenerationCallCompleted.class, name = ImageGenerationCallCompleted.TYPE),
        @JsonSubTypes.Type(value = ResponseCreated.class, name = ResponseCreated.TYPE),
        @JsonSubTypes.Type(value = ResponseInProgress.class, name = ResponseInProgress.TYPE),
        @JsonSubTypes.Type(value = ResponseCompleted.class, name = ResponseCompleted.TYPE),
        @JsonSubTypes.Type(value = OutputItemAdded.class, name = OutputItemAdded.TYPE),
        @JsonSubTypes.Type(value = OutputItemDone.class, name = OutputItemDone.TYPE),
        @JsonSubTypes.Type(value = FunctionCallArgumentsDelta.class, name = FunctionCallArgumentsDelta.TYPE),
        @JsonSubTypes.Type(value = FunctionCallArgumentsDone.class, name = FunctionCallArgumentsDone.TYPE)
})
@JSONType(typeKey = "type", seeAlso = {
        ImageGenerationCallCompleted.class,
        ResponseCreated.class,
        ResponseInProgress.class,
        ResponseCompleted.class,
        OutputItemAdded.class,
        OutputItemDone.class,
        FunctionCallArgumentsDelta.class,
        FunctionCallArgumentsDone.class
})
@Json(typeProperty = "type")
@Json.SubType(type = ImageGenerationCallCompleted.class, name = ImageGenerationCallCompleted.TYPE)
@Json.SubType(type = ResponseCreated.class, name = ResponseCreated.TYPE)
@Json.SubType(type = ResponseInProgress.class, name = ResponseInProgress.TYPE)
@Json.SubType(type = ResponseCompleted.class, name = ResponseCompleted.TYPE)
@Json.SubType(type = OutputItemAdded.class, name = OutputItemAdded.TYPE)
@Json.SubType(type = OutputItemDone.class, name = OutputItemDone.TYPE)
@Json.SubType(type = FunctionCallArgumentsDelta.class, name = FunctionCallArgumentsDelta.TYPE)
@Json.SubType(type = FunctionCallArgumentsDone.class, name = FunctionCallArgumentsDone.TYPE)
@CompiledJson(discriminator = "type")
public abstract class Event {
    public Integer sequence_number;
}
