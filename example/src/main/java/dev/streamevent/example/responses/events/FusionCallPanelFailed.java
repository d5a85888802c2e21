package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import java.util.OptionalInt;

/** A fusion panel model failed: {@code response.fusion_call.panel.failed}. */
@StreamEvent(type = "response.fusion_call.panel.failed")
public interface FusionCallPanelFailed extends FusionPanelEvent {
    /** @return why the panel model failed */
    @Nullable
    String error();

    /** @return the upstream HTTP status, when there was one */
    OptionalInt statusCode();
}
