package dev.streamevent.example.responses.model;

import dev.streamevent.StreamValue;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import java.util.OptionalInt;

/** A fusion panel model that produced no answer. */
@StreamValue
public interface FusionFailedModel extends WireObject {
    @Nullable
    String model();

    @Nullable
    String error();

    OptionalInt statusCode();
}
