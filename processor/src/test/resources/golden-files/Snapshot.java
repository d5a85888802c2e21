package golden;

import dev.streamevent.DefaultValue;
import dev.streamevent.StreamValue;
import dev.streamevent.UnknownFields;
import dev.streamevent.runtime.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** So many properties (24) that the codec fills the value in place, like the Responses API's response snapshot. */
@StreamValue
public interface Snapshot {
    String id();

    long createdAt();

    @Nullable
    String note();

    Optional<String> label();

    OptionalInt maxOutputTokens();

    OptionalDouble temperature();

    List<String> tags();

    JsonValue metadata();

    @DefaultValue
    default boolean store() {
        return true;
    }

    String model();

    String status();

    String object();

    String truncation();

    String serviceTier();

    String user();

    String safetyIdentifier();

    String promptCacheKey();

    String previousResponseId();

    String instructions();

    String outputText();

    String reasoningEffort();

    String textFormat();

    String toolChoice();

    @UnknownFields
    Map<String, JsonValue> unknownFields();

    @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
    @interface Nullable {
    }
}
