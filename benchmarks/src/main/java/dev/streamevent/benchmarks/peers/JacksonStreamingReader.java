package dev.streamevent.benchmarks.peers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.streamevent.benchmarks.peers.model.Event;
import dev.streamevent.benchmarks.peers.model.FunctionCallArgumentsDelta;
import dev.streamevent.benchmarks.peers.model.FunctionCallArgumentsDone;
import dev.streamevent.benchmarks.peers.model.FunctionCallItem;
import dev.streamevent.benchmarks.peers.model.FunctionTool;
import dev.streamevent.benchmarks.peers.model.ImageGenerationCallCompleted;
import dev.streamevent.benchmarks.peers.model.InputTokensDetails;
import dev.streamevent.benchmarks.peers.model.ItemEvent;
import dev.streamevent.benchmarks.peers.model.MessageItem;
import dev.streamevent.benchmarks.peers.model.OutputItem;
import dev.streamevent.benchmarks.peers.model.OutputItemAdded;
import dev.streamevent.benchmarks.peers.model.OutputItemDone;
import dev.streamevent.benchmarks.peers.model.OutputItemEvent;
import dev.streamevent.benchmarks.peers.model.OutputTextPart;
import dev.streamevent.benchmarks.peers.model.OutputTokensDetails;
import dev.streamevent.benchmarks.peers.model.ReasoningConfig;
import dev.streamevent.benchmarks.peers.model.ReasoningItem;
import dev.streamevent.benchmarks.peers.model.Response;
import dev.streamevent.benchmarks.peers.model.ResponseCompleted;
import dev.streamevent.benchmarks.peers.model.ResponseCreated;
import dev.streamevent.benchmarks.peers.model.ResponseInProgress;
import dev.streamevent.benchmarks.peers.model.ResponseLifecycleEvent;
import dev.streamevent.benchmarks.peers.model.SummaryTextPart;
import dev.streamevent.benchmarks.peers.model.TextConfig;
import dev.streamevent.benchmarks.peers.model.Tool;
import dev.streamevent.benchmarks.peers.model.Usage;

/**
 * A hand-written jackson-core streaming reader for the model: what a careful engineer writes without databind. Each
 * object's members are matched by a {@code switch} on the name; unknown members are skipped. A union reads
 * {@code type} first when it comes first; otherwise it finds {@code type} in a first pass over the object's bytes.
 */
final class JacksonStreamingReader {

    /** Reads the members of one object, after its {@code type}, up to and including its end. */
    @FunctionalInterface
    private interface MembersReader<T> {
        T read(JsonParser p, byte[] json) throws IOException;
    }

    private final JsonFactory factory;

    JacksonStreamingReader(JsonFactory factory) {
        this.factory = factory;
    }

    Event event(byte[] json) throws IOException {
        try (JsonParser p = start(json)) {
            return union(p, json, this::eventMembers);
        }
    }

    /**
     * @param type an event's {@code type}
     * @return a reader straight to that event's class
     */
    Peer.Decoder concrete(String type) {
        MembersReader<? extends Event> members;
        try {
            members = eventMembers(type);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
        return json -> {
            try (JsonParser p = start(json)) {
                return members.read(p, json);
            }
        };
    }

    private JsonParser start(byte[] json) throws IOException {
        JsonParser p = factory.createParser(json);
        expect(p, JsonToken.START_OBJECT);
        return p;
    }

    private MembersReader<? extends Event> eventMembers(String type) throws JsonParseException {
        return switch (type) {
            case ImageGenerationCallCompleted.TYPE -> (p, json) -> itemEvent(p, new ImageGenerationCallCompleted());
            case FunctionCallArgumentsDelta.TYPE -> (p, json) -> itemEvent(p, new FunctionCallArgumentsDelta());
            case FunctionCallArgumentsDone.TYPE -> (p, json) -> itemEvent(p, new FunctionCallArgumentsDone());
            case ResponseCreated.TYPE -> (p, json) -> lifecycle(p, json, new ResponseCreated());
            case ResponseInProgress.TYPE -> (p, json) -> lifecycle(p, json, new ResponseInProgress());
            case ResponseCompleted.TYPE -> (p, json) -> lifecycle(p, json, new ResponseCompleted());
            case OutputItemAdded.TYPE -> (p, json) -> outputItemEvent(p, json, new OutputItemAdded());
            case OutputItemDone.TYPE -> (p, json) -> outputItemEvent(p, json, new OutputItemDone());
            default -> throw new JsonParseException(null, "unknown event type " + type);
        };
    }

    private <T extends ItemEvent> T itemEvent(JsonParser p, T event) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "sequence_number" -> event.sequence_number = integer(p);
                case "item_id" -> event.item_id = p.getText();
                case "output_index" -> event.output_index = p.getIntValue();
                default -> {
                    if (event instanceof FunctionCallArgumentsDelta delta && name.equals("delta")) {
                        delta.delta = p.getText();
                    } else if (event instanceof FunctionCallArgumentsDelta delta && name.equals("obfuscation")) {
                        delta.obfuscation = text(p);
                    } else if (event instanceof FunctionCallArgumentsDone done && name.equals("arguments")) {
                        done.arguments = p.getText();
                    } else if (event instanceof FunctionCallArgumentsDone done && name.equals("name")) {
                        done.name = text(p);
                    } else {
                        p.skipChildren();
                    }
                }
            }
        }
        return event;
    }

    private <T extends ResponseLifecycleEvent> T lifecycle(JsonParser p, byte[] json, T event) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "sequence_number" -> event.sequence_number = integer(p);
                case "response" -> event.response = response(p, json);
                default -> p.skipChildren();
            }
        }
        return event;
    }

    private <T extends OutputItemEvent> T outputItemEvent(JsonParser p, byte[] json, T event) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "sequence_number" -> event.sequence_number = integer(p);
                case "output_index" -> event.output_index = p.getIntValue();
                case "item" -> event.item = union(p, json, this::outputItemMembers);
                default -> p.skipChildren();
            }
        }
        return event;
    }

    private Response response(JsonParser p, byte[] json) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        Response r = new Response();
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "id" -> r.id = text(p);
                case "object" -> r.object = text(p);
                case "created_at" -> r.created_at = p.getLongValue();
                case "status" -> r.status = text(p);
                case "background" -> r.background = bool(p);
                case "completed_at" -> r.completed_at = longOrNull(p);
                case "error" -> r.error = any(p);
                case "incomplete_details" -> r.incomplete_details = any(p);
                case "instructions" -> r.instructions = any(p);
                case "max_output_tokens" -> r.max_output_tokens = integer(p);
                case "max_tool_calls" -> r.max_tool_calls = integer(p);
                case "model" -> r.model = text(p);
                case "output" -> r.output = list(p, json, this::outputItem);
                case "parallel_tool_calls" -> r.parallel_tool_calls = bool(p);
                case "previous_response_id" -> r.previous_response_id = text(p);
                case "prompt_cache_key" -> r.prompt_cache_key = text(p);
                case "prompt_cache_retention" -> r.prompt_cache_retention = text(p);
                case "reasoning" -> r.reasoning = reasoning(p);
                case "safety_identifier" -> r.safety_identifier = text(p);
                case "service_tier" -> r.service_tier = text(p);
                case "store" -> r.store = bool(p);
                case "temperature" -> r.temperature = decimal(p);
                case "text" -> r.text = textConfig(p);
                case "tool_choice" -> r.tool_choice = any(p);
                case "tools" -> r.tools = list(p, json, this::tool);
                case "top_logprobs" -> r.top_logprobs = integer(p);
                case "top_p" -> r.top_p = decimal(p);
                case "frequency_penalty" -> r.frequency_penalty = decimal(p);
                case "presence_penalty" -> r.presence_penalty = decimal(p);
                case "truncation" -> r.truncation = text(p);
                case "usage" -> r.usage = usage(p);
                case "user" -> r.user = text(p);
                case "metadata" -> r.metadata = any(p);
                default -> p.skipChildren();
            }
        }
        return r;
    }

    private OutputItem outputItem(JsonParser p, byte[] json) throws IOException {
        return union(p, json, this::outputItemMembers);
    }

    private MembersReader<? extends OutputItem> outputItemMembers(String type) throws JsonParseException {
        return switch (type) {
            case FunctionCallItem.TYPE -> (p, json) -> functionCall(p);
            case ReasoningItem.TYPE -> this::reasoningItem;
            case MessageItem.TYPE -> this::message;
            default -> throw new JsonParseException(null, "unknown output item type " + type);
        };
    }

    private FunctionCallItem functionCall(JsonParser p) throws IOException {
        FunctionCallItem item = new FunctionCallItem();
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "id" -> item.id = text(p);
                case "call_id" -> item.call_id = p.getText();
                case "name" -> item.name = p.getText();
                case "arguments" -> item.arguments = p.getText();
                case "status" -> item.status = text(p);
                default -> p.skipChildren();
            }
        }
        return item;
    }

    private ReasoningItem reasoningItem(JsonParser p, byte[] json) throws IOException {
        ReasoningItem item = new ReasoningItem();
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "id" -> item.id = p.getText();
                case "status" -> item.status = text(p);
                case "summary" -> item.summary = list(p, json, (q, b) -> union(q, b, type -> summaryPart(type)));
                case "content" -> item.content = list(p, json, this::contentPart);
                case "encrypted_content" -> item.encrypted_content = text(p);
                default -> p.skipChildren();
            }
        }
        return item;
    }

    private MessageItem message(JsonParser p, byte[] json) throws IOException {
        MessageItem item = new MessageItem();
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "id" -> item.id = p.getText();
                case "status" -> item.status = text(p);
                case "role" -> item.role = text(p);
                case "content" -> item.content = list(p, json, this::contentPart);
                default -> p.skipChildren();
            }
        }
        return item;
    }

    private OutputTextPart contentPart(JsonParser p, byte[] json) throws IOException {
        return union(p, json, type -> {
            if (!type.equals(OutputTextPart.TYPE)) {
                throw new JsonParseException(null, "unknown content part type " + type);
            }
            return (q, b) -> outputText(q);
        });
    }

    private OutputTextPart outputText(JsonParser p) throws IOException {
        OutputTextPart part = new OutputTextPart();
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "text" -> part.text = p.getText();
                case "annotations" -> part.annotations = anyList(p);
                case "logprobs" -> part.logprobs = anyList(p);
                default -> p.skipChildren();
            }
        }
        return part;
    }

    private MembersReader<SummaryTextPart> summaryPart(String type) throws JsonParseException {
        if (!type.equals(SummaryTextPart.TYPE)) {
            throw new JsonParseException(null, "unknown summary part type " + type);
        }
        return (p, json) -> {
            SummaryTextPart part = new SummaryTextPart();
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                if (name.equals("text")) {
                    part.text = p.getText();
                } else {
                    p.skipChildren();
                }
            }
            return part;
        };
    }

    private Tool tool(JsonParser p, byte[] json) throws IOException {
        return union(p, json, type -> {
            if (!type.equals(FunctionTool.TYPE)) {
                throw new JsonParseException(null, "unknown tool type " + type);
            }
            return (q, b) -> functionTool(q);
        });
    }

    private FunctionTool functionTool(JsonParser p) throws IOException {
        FunctionTool tool = new FunctionTool();
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "name" -> tool.name = p.getText();
                case "description" -> tool.description = text(p);
                case "parameters" -> tool.parameters = any(p);
                case "strict" -> tool.strict = bool(p);
                default -> p.skipChildren();
            }
        }
        return tool;
    }

    private ReasoningConfig reasoning(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        ReasoningConfig config = new ReasoningConfig();
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "effort" -> config.effort = text(p);
                case "summary" -> config.summary = text(p);
                case "generate_summary" -> config.generate_summary = text(p);
                default -> p.skipChildren();
            }
        }
        return config;
    }

    private TextConfig textConfig(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        TextConfig config = new TextConfig();
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "format" -> config.format = any(p);
                case "verbosity" -> config.verbosity = text(p);
                default -> p.skipChildren();
            }
        }
        return config;
    }

    private Usage usage(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        Usage usage = new Usage();
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "input_tokens" -> usage.input_tokens = p.getIntValue();
                case "output_tokens" -> usage.output_tokens = p.getIntValue();
                case "total_tokens" -> usage.total_tokens = p.getIntValue();
                case "input_tokens_details" -> usage.input_tokens_details = inputDetails(p);
                case "output_tokens_details" -> usage.output_tokens_details = outputDetails(p);
                default -> p.skipChildren();
            }
        }
        return usage;
    }

    private InputTokensDetails inputDetails(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        InputTokensDetails details = new InputTokensDetails();
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "cached_tokens" -> details.cached_tokens = integer(p);
                case "cache_write_tokens" -> details.cache_write_tokens = integer(p);
                default -> p.skipChildren();
            }
        }
        return details;
    }

    private OutputTokensDetails outputDetails(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        OutputTokensDetails details = new OutputTokensDetails();
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            if (name.equals("reasoning_tokens")) {
                details.reasoning_tokens = integer(p);
            } else {
                p.skipChildren();
            }
        }
        return details;
    }

    /**
     * Reads a union at its START_OBJECT. The fast path takes a leading {@code type}; otherwise a first pass over the
     * object's bytes finds {@code type}, and the members are read from a second parser over the same bytes.
     */
    private <T> T union(JsonParser p, byte[] json, TypeDispatch<T> dispatch) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        int start = (int) p.currentTokenLocation().getByteOffset();
        String first = p.nextFieldName();
        if ("type".equals(first)) {
            return dispatch.members(p.nextTextValue()).read(p, json);
        }
        String type = null;
        for (String name = first; name != null; name = p.nextFieldName()) {
            p.nextToken();
            if (name.equals("type")) {
                type = p.getText();
            } else {
                p.skipChildren();
            }
        }
        if (type == null) {
            throw new JsonParseException(p, "missing type");
        }
        // A copy, so that offsets in the second pass (and in unions nested in it) index the array they come with.
        byte[] object = Arrays.copyOfRange(json, start, (int) p.currentLocation().getByteOffset());
        try (JsonParser again = factory.createParser(object)) {
            expect(again, JsonToken.START_OBJECT);
            return dispatch.members(type).read(again, object);
        }
    }

    /** Picks the members reader of a union's member by its {@code type}. */
    @FunctionalInterface
    private interface TypeDispatch<T> {
        MembersReader<? extends T> members(String type) throws IOException;
    }

    /** Reads an element of a list at the element's first token. */
    @FunctionalInterface
    private interface ElementReader<T> {
        T read(JsonParser p, byte[] json) throws IOException;
    }

    private static <T> List<T> list(JsonParser p, byte[] json, ElementReader<T> element) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        List<T> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            list.add(element.read(p, json));
        }
        return list;
    }

    private static List<Object> anyList(JsonParser p) throws IOException {
        Object value = any(p);
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) value;
        return list;
    }

    /** Open-ended JSON as maps, lists, strings, numbers and booleans, like databind's {@code Object} binding. */
    private static Object any(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                String name;
                while ((name = p.nextFieldName()) != null) {
                    p.nextToken();
                    map.put(name, any(p));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(any(p));
                }
                return list;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getNumberValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    private static String text(JsonParser p) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText();
    }

    private static Integer integer(JsonParser p) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : p.getIntValue();
    }

    private static Long longOrNull(JsonParser p) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : p.getLongValue();
    }

    private static Double decimal(JsonParser p) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : p.getDoubleValue();
    }

    private static Boolean bool(JsonParser p) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : p.getBooleanValue();
    }

    private static void expect(JsonParser p, JsonToken token) throws IOException {
        if (p.nextToken() != token) {
            throw new JsonParseException(p, "expected " + token);
        }
    }
}
