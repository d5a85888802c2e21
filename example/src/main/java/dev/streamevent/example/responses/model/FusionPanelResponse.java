package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;

/** One fusion panel model's full answer. */
@StreamValue
public interface FusionPanelResponse extends WireObject {
    @Nullable
    String model();

    @Nullable
    String content();
}
