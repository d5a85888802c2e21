package dev.streamevent.benchmarks.peers;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

import dev.streamevent.benchmarks.peers.model.Event;
import dev.streamevent.benchmarks.peers.model.FunctionCallArgumentsDelta;
import dev.streamevent.benchmarks.peers.model.FunctionCallArgumentsDone;
import dev.streamevent.benchmarks.peers.model.FunctionCallItem;
import dev.streamevent.benchmarks.peers.model.FunctionTool;
import dev.streamevent.benchmarks.peers.model.ItemEvent;
import dev.streamevent.benchmarks.peers.model.MessageItem;
import dev.streamevent.benchmarks.peers.model.OutputItem;
import dev.streamevent.benchmarks.peers.model.OutputItemEvent;
import dev.streamevent.benchmarks.peers.model.OutputTextPart;
import dev.streamevent.benchmarks.peers.model.ReasoningItem;
import dev.streamevent.benchmarks.peers.model.Response;
import dev.streamevent.benchmarks.peers.model.ResponseLifecycleEvent;
import dev.streamevent.benchmarks.peers.model.SummaryTextPart;
import dev.streamevent.benchmarks.peers.model.Tool;
import dev.streamevent.benchmarks.peers.model.Usage;
import dev.streamevent.benchmarks.peers.model.Families;

/**
 * A hand-written jackson-core streaming writer for the model: {@code type} first, then the non-null members in
 * declaration order.
 */
final class JacksonStreamingWriter {

    private final JsonFactory factory;

    JacksonStreamingWriter(JsonFactory factory) {
        this.factory = factory;
    }

    byte[] event(Event event) throws IOException {
        ByteArrayBuilder out = new ByteArrayBuilder(factory._getBufferRecycler());
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", Families.EVENTS.typeOf(event.getClass()));
            if (event instanceof ItemEvent item) {
                g.writeStringField("item_id", item.item_id);
                g.writeNumberField("output_index", item.output_index);
            }
            if (event instanceof FunctionCallArgumentsDelta delta) {
                g.writeStringField("delta", delta.delta);
                string(g, "obfuscation", delta.obfuscation);
            } else if (event instanceof FunctionCallArgumentsDone done) {
                g.writeStringField("arguments", done.arguments);
                string(g, "name", done.name);
            } else if (event instanceof ResponseLifecycleEvent lifecycle) {
                g.writeFieldName("response");
                response(g, lifecycle.response);
            } else if (event instanceof OutputItemEvent itemEvent) {
                g.writeNumberField("output_index", itemEvent.output_index);
                g.writeFieldName("item");
                outputItem(g, itemEvent.item);
            }
            number(g, "sequence_number", event.sequence_number);
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void response(JsonGenerator g, Response r) throws IOException {
        g.writeStartObject();
        string(g, "id", r.id);
        string(g, "object", r.object);
        g.writeNumberField("created_at", r.created_at);
        string(g, "status", r.status);
        bool(g, "background", r.background);
        number(g, "completed_at", r.completed_at);
        any(g, "error", r.error);
        any(g, "incomplete_details", r.incomplete_details);
        any(g, "instructions", r.instructions);
        number(g, "max_output_tokens", r.max_output_tokens);
        number(g, "max_tool_calls", r.max_tool_calls);
        string(g, "model", r.model);
        if (r.output != null) {
            g.writeArrayFieldStart("output");
            for (OutputItem item : r.output) {
                outputItem(g, item);
            }
            g.writeEndArray();
        }
        bool(g, "parallel_tool_calls", r.parallel_tool_calls);
        string(g, "previous_response_id", r.previous_response_id);
        string(g, "prompt_cache_key", r.prompt_cache_key);
        string(g, "prompt_cache_retention", r.prompt_cache_retention);
        if (r.reasoning != null) {
            g.writeObjectFieldStart("reasoning");
            string(g, "effort", r.reasoning.effort);
            string(g, "summary", r.reasoning.summary);
            string(g, "generate_summary", r.reasoning.generate_summary);
            g.writeEndObject();
        }
        string(g, "safety_identifier", r.safety_identifier);
        string(g, "service_tier", r.service_tier);
        bool(g, "store", r.store);
        number(g, "temperature", r.temperature);
        if (r.text != null) {
            g.writeObjectFieldStart("text");
            any(g, "format", r.text.format);
            string(g, "verbosity", r.text.verbosity);
            g.writeEndObject();
        }
        any(g, "tool_choice", r.tool_choice);
        if (r.tools != null) {
            g.writeArrayFieldStart("tools");
            for (Tool tool : r.tools) {
                functionTool(g, (FunctionTool) tool);
            }
            g.writeEndArray();
        }
        number(g, "top_logprobs", r.top_logprobs);
        number(g, "top_p", r.top_p);
        number(g, "frequency_penalty", r.frequency_penalty);
        number(g, "presence_penalty", r.presence_penalty);
        string(g, "truncation", r.truncation);
        if (r.usage != null) {
            usage(g, r.usage);
        }
        string(g, "user", r.user);
        any(g, "metadata", r.metadata);
        g.writeEndObject();
    }

    private static void usage(JsonGenerator g, Usage usage) throws IOException {
        g.writeObjectFieldStart("usage");
        g.writeNumberField("input_tokens", usage.input_tokens);
        if (usage.input_tokens_details != null) {
            g.writeObjectFieldStart("input_tokens_details");
            number(g, "cached_tokens", usage.input_tokens_details.cached_tokens);
            number(g, "cache_write_tokens", usage.input_tokens_details.cache_write_tokens);
            g.writeEndObject();
        }
        g.writeNumberField("output_tokens", usage.output_tokens);
        if (usage.output_tokens_details != null) {
            g.writeObjectFieldStart("output_tokens_details");
            number(g, "reasoning_tokens", usage.output_tokens_details.reasoning_tokens);
            g.writeEndObject();
        }
        g.writeNumberField("total_tokens", usage.total_tokens);
        g.writeEndObject();
    }

    private static void outputItem(JsonGenerator g, OutputItem item) throws IOException {
        g.writeStartObject();
        if (item instanceof FunctionCallItem call) {
            g.writeStringField("type", FunctionCallItem.TYPE);
            string(g, "id", call.id);
            g.writeStringField("call_id", call.call_id);
            g.writeStringField("name", call.name);
            g.writeStringField("arguments", call.arguments);
            string(g, "status", call.status);
        } else if (item instanceof ReasoningItem reasoning) {
            g.writeStringField("type", ReasoningItem.TYPE);
            g.writeStringField("id", reasoning.id);
            string(g, "status", reasoning.status);
            if (reasoning.summary != null) {
                g.writeArrayFieldStart("summary");
                for (Object part : reasoning.summary) {
                    g.writeStartObject();
                    g.writeStringField("type", SummaryTextPart.TYPE);
                    g.writeStringField("text", ((SummaryTextPart) part).text);
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            contentParts(g, reasoning.content);
            string(g, "encrypted_content", reasoning.encrypted_content);
        } else {
            MessageItem message = (MessageItem) item;
            g.writeStringField("type", MessageItem.TYPE);
            g.writeStringField("id", message.id);
            string(g, "status", message.status);
            string(g, "role", message.role);
            contentParts(g, message.content);
        }
        g.writeEndObject();
    }

    private static void contentParts(JsonGenerator g, List<?> parts) throws IOException {
        if (parts == null) {
            return;
        }
        g.writeArrayFieldStart("content");
        for (Object part : parts) {
            OutputTextPart text = (OutputTextPart) part;
            g.writeStartObject();
            g.writeStringField("type", OutputTextPart.TYPE);
            g.writeStringField("text", text.text);
            any(g, "annotations", text.annotations);
            any(g, "logprobs", text.logprobs);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void functionTool(JsonGenerator g, FunctionTool tool) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", FunctionTool.TYPE);
        g.writeStringField("name", tool.name);
        string(g, "description", tool.description);
        any(g, "parameters", tool.parameters);
        bool(g, "strict", tool.strict);
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void bool(JsonGenerator g, String name, Boolean value) throws IOException {
        if (value != null) {
            g.writeBooleanField(name, value);
        }
    }

    private static void number(JsonGenerator g, String name, Number value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            number(g, value);
        }
    }

    private static void any(JsonGenerator g, String name, Object value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            any(g, value);
        }
    }

    private static void any(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                g.writeFieldName((String) entry.getKey());
                any(g, entry.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object element : list) {
                any(g, element);
            }
            g.writeEndArray();
        } else if (value instanceof String string) {
            g.writeString(string);
        } else if (value instanceof Number number) {
            number(g, number);
        } else if (value instanceof Boolean bool) {
            g.writeBoolean(bool);
        } else {
            g.writeNull();
        }
    }

    private static void number(JsonGenerator g, Number value) throws IOException {
        if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof BigInteger b) {
            g.writeNumber(b);
        } else {
            g.writeNumber(new BigDecimal(value.toString()));
        }
    }
}
