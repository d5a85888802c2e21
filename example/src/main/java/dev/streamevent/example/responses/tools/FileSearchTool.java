package dev.streamevent.example.responses.tools;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import dev.streamevent.runtime.JsonValue;
import java.util.List;
import java.util.OptionalInt;

/** Hosted search over vector stores: tool {@code file_search}. */
@StreamEvent(type = "file_search")
public interface FileSearchTool extends Tool, WireObject {
    @Nullable
    List<String> vectorStoreIds();

    OptionalInt maxNumResults();

    @Nullable
    JsonValue rankingOptions();

    @Nullable
    JsonValue filters();
}
