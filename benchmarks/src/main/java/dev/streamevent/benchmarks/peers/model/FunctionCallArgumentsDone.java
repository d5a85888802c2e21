package dev.streamevent.benchmarks.peers.model;


import com.alibaba.fastjson2.annotation.JSONType;
import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** The peers' model of {@code response.function_call_arguments.done}. */
@Json
@CompiledJson(discriminator = "type", name = FunctionCallArgumentsDone.TYPE)
@JSONType(typeName = FunctionCallArgumentsDone.TYPE)
public class FunctionCallArgumentsDone extends ItemEvent {
    /** The wire {@code type}. */
    public static final String TYPE = "response.function_call_arguments.done";
    public String arguments;
    public String name;
}
