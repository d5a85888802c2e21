package dev.streamevent.benchmarks.peers.model;

import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** Details of the output tokens. */
@Json
@CompiledJson
public class OutputTokensDetails {
    public Integer reasoning_tokens;
}
