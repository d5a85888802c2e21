package dev.streamevent.benchmarks.peers.model;

import com.alibaba.fastjson2.annotation.JSONType;
import com.dslplatform.json.CompiledJson;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.avaje.jsonb.Json;

/**
 * The family of output items, as the peers model it: each library's own polymorphism keyed on
 * {@code type}. The wire {@code type} is the discriminator alone (no field), so every library reads and writes it
 * through its polymorphic feature.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = FunctionCallItem.class, name = FunctionCallItem.TYPE),
        @JsonSubTypes.Type(value = ReasoningItem.class, name = ReasoningItem.TYPE),
        @JsonSubTypes.Type(value = MessageItem.class, name = MessageItem.TYPE)
})
@JSONType(typeKey = "type", seeAlso = {
        FunctionCallItem.class,
        ReasoningItem.class,
        MessageItem.class
})
@Json(typeProperty = "type")
@Json.SubType(type = FunctionCallItem.class, name = FunctionCallItem.TYPE)
@Json.SubType(type = ReasoningItem.class, name = ReasoningItem.TYPE)
@Json.SubType(type = MessageItem.class, name = MessageItem.TYPE)
@CompiledJson(discriminator = "type")
public abstract class OutputItem {
}
