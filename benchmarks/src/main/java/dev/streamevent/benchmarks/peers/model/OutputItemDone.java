package dev.streamevent.benchmarks.peers.model;


import com.alibaba.fastjson2.annotation.JSONType;
import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** The peers' model of {@code response.output_item.done}. */
@Json
@CompiledJson(discriminator = "type", name = OutputItemDone.TYPE)
@JSONType(typeName = OutputItemDone.TYPE)
public class OutputItemDone extends OutputItemEvent {
    /** The wire {@code type}. */
    public static final String TYPE = "response.output_item.done";

}
