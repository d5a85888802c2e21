package dev.streamevent.benchmarks.peers.model;


import com.alibaba.fastjson2.annotation.JSONType;
import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** The peers' model of {@code function_call}. */
@Json
@CompiledJson(discriminator = "type", name = FunctionCallItem.TYPE)
@JSONType(typeName = FunctionCallItem.TYPE)
public class FunctionCallItem extends OutputItem {
    /** The wire {@code type}. */
    public static final String TYPE = "function_call";
    public String id;
    public String call_id;
    public String name;
    public String arguments;
    public String status;
}
