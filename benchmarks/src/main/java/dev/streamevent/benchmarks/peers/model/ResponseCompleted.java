package dev.streamevent.benchmarks.peers.model;


import com.alibaba.fastjson2.annotation.JSONType;
import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** The peers' model of {@code response.completed}. */
@Json
@CompiledJson(discriminator = "type", name = ResponseCompleted.TYPE)
@JSONType(typeName = ResponseCompleted.TYPE)
public class ResponseCompleted extends ResponseLifecycleEvent {
    /** The wire {@code type}. */
    public static final String TYPE = "response.completed";

}
