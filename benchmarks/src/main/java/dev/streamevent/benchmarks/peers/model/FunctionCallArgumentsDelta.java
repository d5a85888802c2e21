package dev.streamevent.benchmarks.peers.model;


import com.alibaba.fastjson2.annotation.JSONType;
import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** The peers' model of {@code response.function_call_arguments.delta}. */
@Json
@CompiledJson(discriminator = "type", name = FunctionCallArgumentsDelta.TYPE)
@JSONType(typeName = FunctionCallArgumentsDelta.TYPE)
public class FunctionCallArgumentsDelta extends ItemEvent {
    /** The wire {@code type}. */
    public static final String TYPE = "response.function_call_arguments.delta";
    public String delta;
    public String obfuscation;
}
