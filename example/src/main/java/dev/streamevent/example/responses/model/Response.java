package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import dev.streamevent.example.responses.items.OutputItem;
import dev.streamevent.example.responses.tools.Tool;
import dev.streamevent.runtime.JsonValue;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The {@code response} object that lifecycle events carry: a snapshot of the whole response.
 *
 * <p>Only {@code id}, {@code created_at}, {@code model} and {@code output} are required. Everything else is nullable
 * or optional, because real servers differ: OpenRouter leaves out {@code text} and {@code top_logprobs}, and adds
 * {@code output_text}; OpenAI's {@code response.created} has no {@code completed_at} and (before 2026) no penalties;
 * Azure adds {@code content_filters}.
 */
@StreamValue
public interface Response extends WireObject {
    String id();

    /** @return always {@code "response"} in practice */
    @Nullable
    String object();

    /** @return creation time, in Unix seconds */
    long createdAt();

    /** @return {@code queued}, {@code in_progress}, {@code completed}, {@code incomplete}, {@code failed}, ... */
    @Nullable
    String status();

    /** @return completion time in Unix seconds; absent or {@code null} until the response completes */
    OptionalLong completedAt();

    String model();

    /** @return the output items so far; unknown item types decode as {@code UnknownOutputItem} */
    List<OutputItem> output();

    /** @return the concatenated output text, which only OpenRouter sends */
    @Nullable
    String outputText();

    /** @return token usage; {@code null} until the response completes */
    @Nullable
    Usage usage();

    /** @return the error of a failed response */
    @Nullable
    ResponseError error();

    /** @return why an incomplete response stopped */
    @Nullable
    IncompleteDetails incompleteDetails();

    /** @return the instructions: a string, a list of input items, or {@code null} */
    @Nullable
    JsonValue instructions();

    /** @return the tools the request offered; unknown tool types decode as {@code UnknownTool} */
    @Nullable
    List<Tool> tools();

    /** @return {@code "auto"}, {@code "none"}, {@code "required"} or an object naming a tool */
    @Nullable
    JsonValue toolChoice();

    @Nullable
    Boolean parallelToolCalls();

    OptionalInt maxOutputTokens();

    OptionalInt maxToolCalls();

    OptionalDouble temperature();

    OptionalDouble topP();

    OptionalInt topLogprobs();

    /** @return absent from OpenAI streams before 2026 and from OpenRouter's */
    OptionalDouble frequencyPenalty();

    /** @return absent from OpenAI streams before 2026 and from OpenRouter's */
    OptionalDouble presencePenalty();

    @Nullable
    ReasoningConfig reasoning();

    @Nullable
    TextConfig text();

    /** @return {@code "auto"} or {@code "disabled"} */
    @Nullable
    String truncation();

    /** @return up to 16 string pairs set by the caller */
    @Nullable
    JsonValue metadata();

    @Nullable
    Boolean background();

    @Nullable
    String serviceTier();

    @Nullable
    Boolean store();

    @Nullable
    String previousResponseId();

    /** @return the stored prompt template reference */
    @Nullable
    JsonValue prompt();

    @Nullable
    String promptCacheKey();

    @Nullable
    String promptCacheRetention();

    @Nullable
    String safetyIdentifier();

    @Nullable
    String user();

    /** @return the conversation the response belongs to */
    @Nullable
    JsonValue conversation();

    /** @return Azure OpenAI's content-filter results */
    @Nullable
    JsonValue contentFilters();

    /** @return OpenRouter's routing metadata */
    @Nullable
    JsonValue openrouterMetadata();
}
