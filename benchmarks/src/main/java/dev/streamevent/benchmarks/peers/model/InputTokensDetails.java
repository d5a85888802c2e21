package dev.streamevent.benchmarks.peers.model;

import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** Details of the input tokens. */
@Json
@CompiledJson
public class InputTokensDetails {
    public Integer cached_tokens;
    public Integer cache_write_tokens;
}
