package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import java.util.OptionalLong;

/** A timing milestone of OpenRouter's {@code response.debug} event. */
@StreamValue
public interface DebugTimings extends WireObject {
    OptionalLong startMs();

    /** @return {@code adapter_request}, {@code upstream_headers_received}, {@code first_token_received}, ... */
    @Nullable
    String event();

    OptionalLong epochMs();
}
