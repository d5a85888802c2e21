package dev.streamevent.benchmarks.peers.model;

import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** Token usage of a response. */
@Json
@CompiledJson
public class Usage {
    public int input_tokens;
    public InputTokensDetails input_tokens_details;
    public int output_tokens;
    public OutputTokensDetails output_tokens_details;
    public int total_tokens;
}
