package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;

/** An insight only one fusion panel model had. */
@StreamValue
public interface FusionInsight extends WireObject {
    @Nullable
    String insight();

    @Nullable
    String model();
}
