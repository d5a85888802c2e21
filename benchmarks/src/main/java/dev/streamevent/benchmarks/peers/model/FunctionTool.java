package dev.streamevent.benchmarks.peers.model;


import com.alibaba.fastjson2.annotation.JSONType;
import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** The peers' model of {@code function}. */
@Json
@CompiledJson(discriminator = "type", name = FunctionTool.TYPE)
@JSONType(typeName = FunctionTool.TYPE)
public class FunctionTool extends Tool {
    /** The wire {@code type}. */
    public static final String TYPE = "function";
    public String name;
    public String description;
    public Object parameters;
    public Boolean strict;
}
