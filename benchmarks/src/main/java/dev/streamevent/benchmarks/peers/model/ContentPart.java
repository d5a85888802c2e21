package dev.streamevent.benchmarks.peers.model;

import com.alibaba.fastjson2.annotation.JSONType;
import com.dslplatform.json.CompiledJson;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.avaje.jsonb.Json;

/**
 * The family of content parts, as the peers model it: each library's own polymorphism keyed on
 * {@code type}. The wire {@code type} is the discriminator alone (no field), so every library reads and writes it
 * through its polymorphic feature.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = OutputTextPart.class, name = OutputTextPart.TYPE)
})
@JSONType(typeKey = "type", seeAlso = {OutputTextPart.class})
@Json(typeProperty = "type")
@Json.SubType(type = OutputTextPart.class, name = OutputTextPart.TYPE)
@CompiledJson(discriminator = "type")
public abstract class ContentPart {
}
