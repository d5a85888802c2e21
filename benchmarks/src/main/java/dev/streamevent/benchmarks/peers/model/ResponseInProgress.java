package dev.streamevent.benchmarks.peers.model;


import com.alibaba.fastjson2.annotation.JSONType;
import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** The peers' model of {@code response.in_progress}. */
@Json
@CompiledJson(discriminator = "type", name = ResponseInProgress.TYPE)
@JSONType(typeName = ResponseInProgress.TYPE)
public class ResponseInProgress extends ResponseLifecycleEvent {
    /** The wire {@code type}. */
    public static final String TYPE = "response.in_progress";

}
