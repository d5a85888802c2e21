package dev.streamevent.benchmarks.peers.model;

import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** The reasoning settings of a response. */
@Json
@CompiledJson
public class ReasoningConfig {
    public String effort;
    public String summary;
    public String generate_summary;
}
