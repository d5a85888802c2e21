package dev.streamevent.benchmarks.peers.model;

import com.alibaba.fastjson2.annotation.JSONType;
import com.dslplatform.json.CompiledJson;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.avaje.jsonb.Json;

/**
 * The family of tools, as the peers model it: each library's own polymorphism keyed on
 * {@code type}. The wire {@code type} is the discriminator alone (no field), so every library reads and writes it
 * through its polymorphic feature.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = FunctionTool.class, name = FunctionTool.TYPE)
})
@JSONType(typeKey = "type", seeAlso = {FunctionTool.class})
@Json(typeProperty = "type")
@Json.SubType(type = FunctionTool.class, name = FunctionTool.TYPE)
@CompiledJson(discriminator = "type")
public abstract class Tool {
}
