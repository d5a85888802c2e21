package dev.streamevent.benchmarks.peers.model;

import java.util.List;
import com.alibaba.fastjson2.annotation.JSONType;
import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** The peers' model of {@code message}. */
@Json
@CompiledJson(discriminator = "type", name = MessageItem.TYPE)
@JSONType(typeName = MessageItem.TYPE)
public class MessageItem extends OutputItem {
    /** The wire {@code type}. */
    public static final String TYPE = "message";
    public String id;
    public String status;
    public String role;
    public List<ContentPart> content;
}
