package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import dev.streamevent.runtime.JsonValue;

/** The text output settings a response ran with ({@code response.text}). */
@StreamValue
public interface TextConfig extends WireObject {
    /** @return the format: {@code {"type":"text"}}, {@code json_object} or a {@code json_schema} */
    @Nullable
    JsonValue format();

    /** @return {@code low}, {@code medium} or {@code high} */
    @Nullable
    String verbosity();
}
