package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;

/** One panel model's stance on a contested topic. */
@StreamValue
public interface FusionStance extends WireObject {
    @Nullable
    String model();

    @Nullable
    String stance();
}
