package dev.streamevent.benchmarks.peers.model;

import java.util.List;
import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/**
 * The response snapshot: the properties of the catalogue's {@code Response} that real streams send; open-ended JSON
 * is {@code Object}.
 */
@Json
@CompiledJson
public class Response {
    public String id;
    public String object;
    public long created_at;
    public String status;
    public Boolean background;
    public Long completed_at;
    public Object error;
    public Object incomplete_details;
    public Object instructions;
    public Integer max_output_tokens;
    public Integer max_tool_calls;
    public String model;
    public List<OutputItem> output;
    public Boolean parallel_tool_calls;
    public String previous_response_id;
    public String prompt_cache_key;
    public String prompt_cache_retention;
    public ReasoningConfig reasoning;
    public String safety_identifier;
    public String service_tier;
    public Boolean store;
    public Double temperature;
    public TextConfig text;
    public Object tool_choice;
    public List<Tool> tools;
    public Integer top_logprobs;
    public Double top_p;
    public Double frequency_penalty;
    public Double presence_penalty;
    public String truncation;
    public Usage usage;
    public String user;
    public Object metadata;
}
