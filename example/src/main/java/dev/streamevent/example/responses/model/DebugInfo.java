package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import dev.streamevent.runtime.JsonValue;

/** The payload of OpenRouter's {@code response.debug} event. */
@StreamValue
public interface DebugInfo extends WireObject {
    /** @return the request body OpenRouter sent upstream */
    @Nullable
    JsonValue echoUpstreamBody();

    @Nullable
    DebugTimings timings();
}
