package dev.streamevent.benchmarks.peers.model;


import com.alibaba.fastjson2.annotation.JSONType;
import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** The peers' model of {@code response.created}. */
@Json
@CompiledJson(discriminator = "type", name = ResponseCreated.TYPE)
@JSONType(typeName = ResponseCreated.TYPE)
public class ResponseCreated extends ResponseLifecycleEvent {
    /** The wire {@code type}. */
    public static final String TYPE = "response.created";

}
