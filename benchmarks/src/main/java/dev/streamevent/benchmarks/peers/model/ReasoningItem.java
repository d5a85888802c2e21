package dev.streamevent.benchmarks.peers.model;

import java.util.List;
import com.alibaba.fastjson2.annotation.JSONType;
import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** The peers' model of {@code reasoning}. */
@Json
@CompiledJson(discriminator = "type", name = ReasoningItem.TYPE)
@JSONType(typeName = ReasoningItem.TYPE)
public class ReasoningItem extends OutputItem {
    /** The wire {@code type}. */
    public static final String TYPE = "reasoning";
    public String id;
    public String status;
    public List<SummaryPart> summary;
    public List<ContentPart> content;
    public String encrypted_content;
}
