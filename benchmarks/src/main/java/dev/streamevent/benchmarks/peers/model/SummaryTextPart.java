package dev.streamevent.benchmarks.peers.model;


import com.alibaba.fastjson2.annotation.JSONType;
import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** The peers' model of {@code summary_text}. */
@Json
@CompiledJson(discriminator = "type", name = SummaryTextPart.TYPE)
@JSONType(typeName = SummaryTextPart.TYPE)
public class SummaryTextPart extends SummaryPart {
    /** The wire {@code type}. */
    public static final String TYPE = "summary_text";
    public String text;
}
