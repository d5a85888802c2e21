package dev.streamevent.benchmarks.peers.model;


import com.alibaba.fastjson2.annotation.JSONType;
import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** The peers' model of {@code response.image_generation_call.completed}. */
@Json
@CompiledJson(discriminator = "type", name = ImageGenerationCallCompleted.TYPE)
@JSONType(typeName = ImageGenerationCallCompleted.TYPE)
public class ImageGenerationCallCompleted extends ItemEvent {
    /** The wire {@code type}. */
    public static final String TYPE = "response.image_generation_call.completed";

}
