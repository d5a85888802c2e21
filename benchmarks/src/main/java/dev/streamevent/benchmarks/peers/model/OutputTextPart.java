package dev.streamevent.benchmarks.peers.model;

import java.util.List;
import com.alibaba.fastjson2.annotation.JSONType;
import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** The peers' model of {@code output_text}. */
@Json
@CompiledJson(discriminator = "type", name = OutputTextPart.TYPE)
@JSONType(typeName = OutputTextPart.TYPE)
public class OutputTextPart extends ContentPart {
    /** The wire {@code type}. */
    public static final String TYPE = "output_text";
    public String text;
    public List<Object> annotations;
    public List<Object> logprobs;
}
