package dev.streamevent.example.responses.items;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import dev.streamevent.runtime.JsonValue;
import java.util.OptionalDouble;

/** One match of a file search ({@code file_search_call.results[]}). */
@StreamValue
public interface FileSearchResult extends WireObject {
    @Nullable
    String fileId();

    @Nullable
    String filename();

    @Nullable
    String text();

    OptionalDouble score();

    @Nullable
    JsonValue attributes();
}
